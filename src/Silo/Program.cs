using Vrss.Silo.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddVrssSilo();

var app = builder.Build();
app.MapVrss();
app.Run();

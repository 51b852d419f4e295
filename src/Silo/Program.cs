using Vrss.Silo.Hosting;
using Vrss.WebFront.Health;

var builder = WebApplication.CreateBuilder(args);
builder.AddVrssSilo();

var app = builder.Build();
app.MapHealth();
app.Run();

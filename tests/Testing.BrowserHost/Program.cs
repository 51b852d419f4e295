using Vrss.Testing.BrowserHost;

// Runs until its standard input closes (the test runner ends it that way) or it gets SIGTERM / Ctrl+C.
var arguments = HostArguments.Parse(args);
await using var silo = await BrowserSilo.StartAsync(arguments);
Console.WriteLine($"VRSS browser host listening on {silo.BaseAddress.ToString().TrimEnd('/')}");
Console.WriteLine($"VRSS browser host mail in {arguments.MailFile}");
var inputClosed = Task.Run(() =>
{
    while (Console.In.ReadLine() is not null)
    {
        // Nothing is read from the test runner; the end of input is the signal.
    }
});
var stopping = Task.Delay(Timeout.Infinite, silo.Stopping).ContinueWith(_ => { }, TaskScheduler.Default);
await Task.WhenAny(inputClosed, stopping);
Console.WriteLine("VRSS browser host stopping");

using Vrss.Ctl;

return await CtlApp.RunAsync(args, CtlEnvironment.FromProcess()).ConfigureAwait(false);

using Microsoft.Extensions.DependencyInjection;

namespace Vrss.Runtime.Hosting;

/// <summary>Simulates a process crash of an in-process silo, for tests.</summary>
internal static class SiloCrash
{
    public static void Crash(IServiceProvider services) => services.GetRequiredService<SiloLifecycle>().Crash();
}

namespace Vrss.Runtime.Hosting;

/// <summary>A component that takes part in the silo's start and stop (register it as a singleton).</summary>
public interface ISiloLifecycleParticipant
{
    /// <summary>Subscribes to the stages the component needs.</summary>
    void Participate(SiloLifecycle lifecycle);
}

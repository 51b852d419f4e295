namespace Vrss.GrainInterfaces.Idempotency;

/// <summary>The decision on a claimed idempotency key.</summary>
public enum IdempotencyOutcome
{
    /// <summary>Run the call (first time, or again after a claim was released or abandoned).</summary>
    Run = 0,

    /// <summary>The call ran before: answer what it answered.</summary>
    Replay = 1,

    /// <summary>The key was used for another procedure or another input.</summary>
    Mismatch = 2,

    /// <summary>The first call with this key is still running.</summary>
    InProgress = 3,
}

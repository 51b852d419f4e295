namespace Vrss.Ctl;

/// <summary>vrssctl's exit codes (README, "vrssctl").</summary>
internal static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Success = 0;

    /// <summary>The API refused the call; its code and message are printed.</summary>
    public const int ApiError = 1;

    /// <summary>Bad arguments, or no URL or token configured.</summary>
    public const int Usage = 2;

    /// <summary>The silo could not be reached or answered something that is not the API.</summary>
    public const int Unreachable = 3;
}

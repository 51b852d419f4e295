namespace Vrss.Runtime.Tests.Grains;

/// <param name="MaxInside">Most requests inside the grain at one time (across awaits).</param>
/// <param name="MaxRunning">Most threads running grain code at one time (must always be 1).</param>
/// <param name="Entered">Requests that entered.</param>
public sealed record ProbeReport(int MaxInside, int MaxRunning, int Entered);

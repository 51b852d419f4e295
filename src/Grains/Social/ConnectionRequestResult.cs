namespace Vrss.Grains.Social;

/// <summary>The answer to <see cref="IConnectionRepository.RequestAsync"/>.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="Request">The new request (<see cref="ConnectionRequestOutcome.Created"/>), the pending one that blocked it
/// (<see cref="ConnectionRequestOutcome.AlreadyPending"/>), or null (<see cref="ConnectionRequestOutcome.AlreadyConnected"/>).</param>
public sealed record ConnectionRequestResult(ConnectionRequestOutcome Outcome, ConnectionRequestRecord? Request);

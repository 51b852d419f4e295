namespace Vrss.Runtime.Core;

/// <summary>Marks an interface as a grain interface: every method returns <see cref="Task"/> or <see cref="Task{TResult}"/>.</summary>
public interface IGrain;

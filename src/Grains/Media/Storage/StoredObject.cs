namespace Vrss.Grains.Media.Storage;

/// <summary>What the store knows about an uploaded object.</summary>
public sealed record StoredObject(string Key, long Size);

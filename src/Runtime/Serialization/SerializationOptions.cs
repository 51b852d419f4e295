using System.Text.Json.Serialization.Metadata;

namespace Vrss.Runtime.Serialization;

/// <summary>
/// How grain state and messages are turned into JSON. Add source-generated contexts here; types they do not
/// cover fall back to reflection.
/// </summary>
public sealed class SerializationOptions
{
    /// <summary>Resolvers consulted in order before the reflection fallback.</summary>
    public IList<IJsonTypeInfoResolver> TypeInfoResolvers { get; } = [];
}

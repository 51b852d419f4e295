using System.Globalization;

namespace Vrss.Runtime.Membership;

/// <summary>
/// A silo's endpoint and generation. The generation (start time in Unix milliseconds) tells a restarted
/// process on the same endpoint apart from the one that died there.
/// </summary>
public sealed record SiloAddress(string Host, int Port, long Generation)
{
    /// <summary>Parses the <see cref="ToString"/> form <c>host:port@generation</c>.</summary>
    public static SiloAddress Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var at = text.LastIndexOf('@');
        var colon = text.LastIndexOf(':', at);
        if (at < 0 || colon < 0)
        {
            throw new FormatException($"'{text}' is not a silo address (host:port@generation).");
        }

        return new SiloAddress(
            text[..colon],
            int.Parse(text.AsSpan(colon + 1, at - colon - 1), CultureInfo.InvariantCulture),
            long.Parse(text.AsSpan(at + 1), CultureInfo.InvariantCulture));
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Host}:{Port}@{Generation}");
}

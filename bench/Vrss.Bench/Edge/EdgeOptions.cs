using System.Globalization;

namespace Vrss.Bench.Edge;

/// <summary>
/// Settings of the edge benchmark:
/// <c>edge [--users N] [--drivers N] [--connections N] [--seconds N] [--only a,b] [--label TEXT] [--write FILE]</c>.
/// <c>--only</c> keeps the named scenarios (the baselines always run), e.g. to profile one procedure.
/// </summary>
internal sealed record EdgeOptions(int Users, int Drivers, int Connections, int Seconds, string Label, string? WriteTo, IReadOnlySet<string>? Only = null)
{
    public static EdgeOptions Parse(string[] args)
    {
        var options = new EdgeOptions(Users: 3_000, Drivers: 64, Connections: 64, Seconds: 10, Label: "latest", WriteTo: null);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            options = args[i] switch
            {
                "--users" => options with { Users = int.Parse(value, CultureInfo.InvariantCulture) },
                "--drivers" => options with { Drivers = int.Parse(value, CultureInfo.InvariantCulture) },
                "--connections" => options with { Connections = int.Parse(value, CultureInfo.InvariantCulture) },
                "--seconds" => options with { Seconds = int.Parse(value, CultureInfo.InvariantCulture) },
                "--label" => options with { Label = value },
                "--write" => options with { WriteTo = value },
                "--only" => options with { Only = value.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal) },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }

        return options;
    }
}

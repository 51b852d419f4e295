using Microsoft.Extensions.Configuration;

namespace Vrss.Grains.Hosting;

/// <summary><c>Vrss:Storage:Provider</c>: where grain state and the product's tables live. Read here and only here.</summary>
public static class StorageProvider
{
    /// <summary>In-process storage: the embedded default and most tests.</summary>
    public const string Memory = "Memory";

    /// <summary>PostgreSQL (<c>ConnectionStrings:Vrss</c>).</summary>
    public const string Postgres = "Postgres";

    /// <summary>The configured provider; anything but the two names stops the start with a clear message.</summary>
    public static string Of(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return (configuration["Vrss:Storage:Provider"] ?? Memory) switch
        {
            Memory => Memory,
            Postgres => Postgres,
            var other => throw new InvalidOperationException($"Vrss:Storage:Provider '{other}' is not one of Memory, Postgres."),
        };
    }
}

using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Vrss.Grains.Data;
using Vrss.Grains.Hosting;

namespace Vrss.Grains.Protection;

/// <summary>Registers ASP.NET Core Data Protection, which encrypts secrets the grains keep at rest (TOTP secrets).</summary>
public static class ProtectionServiceCollectionExtensions
{
    /// <summary>
    /// The application name every silo uses. Data Protection isolates applications by name, so all silos must agree
    /// on it (the default would be the content root path, which differs between machines).
    /// </summary>
    public const string ApplicationName = "VRSS";

    /// <summary>
    /// Adds Data Protection with its key ring in PostgreSQL (table <c>data_protection_keys</c>) when
    /// <c>Vrss:Storage:Provider</c> is Postgres, in memory otherwise.
    /// </summary>
    public static IServiceCollection AddSecretProtection(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var postgres = StorageProvider.Of(configuration) == StorageProvider.Postgres;
        if (postgres)
        {
            // The migrator must run first (hosted services start in registration order): Data Protection's own hosted
            // service reads the key ring at start, and the initializer below needs its table too. Registered after
            // them, a fresh database logged "relation data_protection_keys does not exist" at every first start.
            services.AddVrssPostgres(configuration);
        }

        services.AddDataProtection().SetApplicationName(ApplicationName);
        if (postgres)
        {
            services.TryAddSingleton<PostgresXmlRepository>();
            services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
                new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = sp.GetRequiredService<PostgresXmlRepository>()));
            services.AddHostedService<KeyRingInitializer>();
        }
        else
        {
            services.TryAddSingleton<MemoryDatabase>();
            services.TryAddSingleton<MemoryXmlRepository>();
            services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
                new ConfigureOptions<KeyManagementOptions>(o =>
                {
                    o.XmlRepository = sp.GetRequiredService<MemoryXmlRepository>();
                    // Keys that never leave the process need no encryption; saying so spares a warning at every start.
                    o.XmlEncryptor = new NullXmlEncryptor();
                }));
        }

        return services;
    }
}

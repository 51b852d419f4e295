using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace Vrss.Grains.Protection;

/// <summary>
/// Data Protection's key ring in the <c>data_protection_keys</c> table (deploy/sql/0065_data_protection_keys.sql), so
/// that every silo of the cluster reads and writes the same keys. Synchronous, as <see cref="IXmlRepository"/> is;
/// Data Protection calls it when it loads or rolls its key ring (about once a day), not per operation.
/// </summary>
public sealed class PostgresXmlRepository(NpgsqlDataSource dataSource) : IXmlRepository
{
    /// <inheritdoc />
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = dataSource.OpenConnection();
        using var command = new NpgsqlCommand("SELECT xml FROM data_protection_keys ORDER BY id", connection);
        using var reader = command.ExecuteReader();
        var elements = new List<XElement>();
        while (reader.Read())
        {
            elements.Add(XElement.Parse(reader.GetString(0)));
        }

        return elements;
    }

    /// <inheritdoc />
    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var connection = dataSource.OpenConnection();
        using var command = new NpgsqlCommand("INSERT INTO data_protection_keys (friendly_name, xml) VALUES (@friendly_name, @xml)", connection);
        command.Parameters.AddWithValue("friendly_name", friendlyName ?? "");
        command.Parameters.AddWithValue("xml", element.ToString(SaveOptions.DisableFormatting));
        command.ExecuteNonQuery();
    }
}

using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Vrss.Grains.Data;

namespace Vrss.Grains.Protection;

/// <summary>
/// Data Protection's key ring in memory, for the Memory provider: it lives exactly as long as the in-memory data it
/// protects, and the silos of one in-memory test cluster share it through their shared <see cref="MemoryDatabase"/>.
/// </summary>
public sealed class MemoryXmlRepository(MemoryDatabase database) : IXmlRepository
{
    private readonly List<string> _rows = database.Table<Rows>().Elements;

    /// <inheritdoc />
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        lock (_rows)
        {
            return [.. _rows.Select(xml => XElement.Parse(xml))];
        }
    }

    /// <inheritdoc />
    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        lock (_rows)
        {
            _rows.Add(element.ToString(SaveOptions.DisableFormatting));
        }
    }

    private sealed class Rows
    {
        public List<string> Elements { get; } = [];
    }
}

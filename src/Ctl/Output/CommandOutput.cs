using System.Globalization;
using System.Text.Json;
using Spectre.Console;

namespace Vrss.Ctl.Output;

/// <summary>Tables and messages for people, or the API's data as JSON with <c>--json</c>.</summary>
internal sealed class CommandOutput(CtlEnvironment environment, bool json)
{
    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true };

    public bool IsJson { get; } = json;

    /// <summary>Writes <paramref name="data"/> as indented JSON on standard output.</summary>
    public void Json(JsonElement data) => environment.Out.WriteLine(JsonSerializer.Serialize(data, s_indented));

    /// <summary>A line for people (in JSON mode, a <c>{"message": ...}</c> object, so scripts still get JSON).</summary>
    public void Message(string text)
    {
        if (IsJson)
        {
            environment.Out.WriteLine(JsonSerializer.Serialize(new { message = text }));
        }
        else
        {
            environment.Console.WriteLine(text);
        }
    }

    /// <summary>
    /// A table of <paramref name="items"/>: each column's cell is the item's property at the column's path
    /// (<c>reporter.username</c>); a missing property shows empty.
    /// </summary>
    public void Table(JsonElement items, params (string Header, string Path)[] columns)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var (header, path) in columns)
        {
            // Ids are what an operator copies into the next command: never wrapped, even on a narrow terminal.
            var column = new TableColumn(new Text(header));
            table.AddColumn(path.EndsWith("id", StringComparison.OrdinalIgnoreCase) ? column.NoWrap() : column);
        }

        foreach (var item in items.EnumerateArray())
        {
            table.AddRow([.. columns.Select(c => (Spectre.Console.Rendering.IRenderable)new Text(Cell(item, c.Path)))]);
        }

        environment.Console.Write(table);
    }

    /// <summary>One object as a two-column table of its fields.</summary>
    public void Record(JsonElement item, params (string Header, string Path)[] fields)
    {
        var table = new Table().Border(TableBorder.Rounded).HideHeaders().AddColumn("").AddColumn("");
        foreach (var (header, path) in fields)
        {
            table.AddRow(new Text(header), new Text(Cell(item, path)));
        }

        environment.Console.Write(table);
    }

    /// <summary>Reports a failure on standard error (or as a JSON error object on standard output with <c>--json</c>).</summary>
    public void Fail(int? code, string message, int? status)
    {
        if (IsJson)
        {
            environment.Out.WriteLine(JsonSerializer.Serialize(new { error = new { code, message, status } }));
        }

        environment.Error.WriteLine(code is null ? $"error: {message}" : $"error {code.Value.ToString(CultureInfo.InvariantCulture)}: {message}");
    }

    /// <summary>The text of the value at <paramref name="path"/> (dot-separated) in <paramref name="item"/>.</summary>
    public static string Cell(JsonElement item, string path)
    {
        var value = item;
        foreach (var part in path.Split('.'))
        {
            if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty(part, out value))
            {
                return "";
            }
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString() ?? "",
            JsonValueKind.Null or JsonValueKind.Undefined => "",
            JsonValueKind.True => "yes",
            JsonValueKind.False => "no",
            _ => value.GetRawText(),
        };
    }
}

using Npgsql;
using NpgsqlTypes;

namespace Vrss.Grains.Data;

/// <summary>Typed parameters, so a null is sent with its type and every time goes out as UTC <c>timestamptz</c>.</summary>
internal static class SqlParameters
{
    public static NpgsqlParameter Text(string name, string? value) =>
        new(name, NpgsqlDbType.Text) { Value = (object?)value ?? DBNull.Value };

    public static NpgsqlParameter TextArray(string name, IReadOnlyCollection<string> values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = values.ToArray() };

    public static NpgsqlParameter Time(string name, DateTimeOffset? value) =>
        new(name, NpgsqlDbType.TimestampTz) { Value = value is { } v ? DbTime.Normalize(v) : DBNull.Value };

    public static NpgsqlParameter SmallInt(string name, short? value) =>
        new(name, NpgsqlDbType.Smallint) { Value = (object?)value ?? DBNull.Value };

    public static NpgsqlParameter Bytes(string name, byte[] value) => new(name, NpgsqlDbType.Bytea) { Value = value };

    public static NpgsqlParameter Integer(string name, int value) => new(name, NpgsqlDbType.Integer) { Value = value };

    public static NpgsqlParameter BigInt(string name, long value) => new(name, NpgsqlDbType.Bigint) { Value = value };

    public static NpgsqlParameter Double(string name, double value) => new(name, NpgsqlDbType.Double) { Value = value };

    public static NpgsqlParameter Uuid(string name, Guid? value) =>
        new(name, NpgsqlDbType.Uuid) { Value = (object?)value ?? DBNull.Value };

    public static NpgsqlParameter Boolean(string name, bool value) => new(name, NpgsqlDbType.Boolean) { Value = value };
}

namespace Vrss.Grains.Data;

/// <summary>The two Npgsql pools a silo opens on <c>ConnectionStrings:Vrss</c>, each with its own size.</summary>
public enum PostgresPool
{
    /// <summary>Our repositories' <c>NpgsqlDataSource</c> (every VRSS statement).</summary>
    Repositories,

    /// <summary>Npgsql's global pool that Orleans' ADO.NET grain storage, reminders and clustering open connections from.</summary>
    Orleans,
}

using System.Globalization;

namespace Vrss.Bench.Edge;

/// <summary>
/// CPU time of a process, and of a PostgreSQL server (the postmaster, its live backends, and the backends that
/// already exited, which the kernel adds to the postmaster's children's time when it reaps them).
/// </summary>
internal static class CpuMeter
{
    private static readonly double s_ticksPerSecond = 100.0;

    public static TimeSpan Process(int pid) => Ticks(Stat(pid), includeChildren: false);

    public static TimeSpan Postgres(int postmaster)
    {
        var total = Ticks(Stat(postmaster), includeChildren: true);
        foreach (var directory in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), CultureInfo.InvariantCulture, out var pid) || pid == postmaster)
            {
                continue;
            }

            var fields = Stat(pid);
            if (fields.Length > 1 && fields[1] == postmaster.ToString(CultureInfo.InvariantCulture))
            {
                total += Ticks(fields, includeChildren: false);
            }
        }

        return total;
    }

    // Fields after the command name: state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14).
    private static string[] Stat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            return text[(text.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return [];
        }
    }

    private static TimeSpan Ticks(string[] fields, bool includeChildren)
    {
        if (fields.Length < 15)
        {
            return TimeSpan.Zero;
        }

        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        if (includeChildren)
        {
            ticks += long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture);
        }

        return TimeSpan.FromSeconds(ticks / s_ticksPerSecond);
    }
}

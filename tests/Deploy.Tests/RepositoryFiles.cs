namespace Vrss.Deploy.Tests;

/// <summary>Paths in the checkout the tests run from: the files under test are the committed ones, not copies.</summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    public static string Root => s_root.Value;

    public static string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public static string Read(string relative) => File.ReadAllText(PathOf(relative));

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Vrss.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Vrss.sln above {AppContext.BaseDirectory}.");
    }
}

namespace Vrss.WebFront.Tests.Client;

/// <summary>A throwaway build of a client, shaped as Vite and vite-plugin-pwa write <c>dist</c>, in a temporary folder.</summary>
internal sealed class ClientFolder : IDisposable
{
    public const string IndexMarker = "<!-- vrss test client -->";
    public const string Asset = "/assets/index-Bx7Kq2Zd.js";

    public ClientFolder()
    {
        Root = Directory.CreateTempSubdirectory("vrss-client-").FullName;
        Write("index.html", $"<!doctype html><html><head><link rel=\"manifest\" href=\"/manifest.webmanifest\"></head><body>{IndexMarker}<script type=\"module\" src=\"{Asset}\"></script></body></html>");
        Write(Asset.TrimStart('/'), "console.log('app');");

        // Stand-ins for the build's compressed copies: told apart from the file and each other by their bytes.
        File.WriteAllBytes(Path.Combine(Root, Asset.TrimStart('/') + ".br"), BrotliCopy);
        File.WriteAllBytes(Path.Combine(Root, Asset.TrimStart('/') + ".gz"), GzipCopy);
        Write("assets/index-C9fQ1aPw.css", "body{margin:0}");
        Write("sw.js", "self.addEventListener('fetch', () => {});");
        Write("registerSW.js", "navigator.serviceWorker.register('/sw.js');");
        Write("manifest.webmanifest", """{"name":"VRSS","display":"standalone"}""");
        File.WriteAllBytes(Path.Combine(Root, "icon-192.png"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
    }

    public static byte[] BrotliCopy { get; } = [0x0B, 0x01, 0x80, 0x62, 0x72];

    public static byte[] GzipCopy { get; } = [0x1F, 0x8B, 0x08, 0x00, 0x67, 0x7A];

    public string Root { get; }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private void Write(string path, string content)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
    }
}

namespace Vrss.WebFront.Client;

/// <summary>Where the PWA's built files are, bound from <c>Vrss:Client</c>.</summary>
public sealed class ClientOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Vrss:Client";

    /// <summary>
    /// The folder of the built client (<c>index.html</c>, <c>assets/</c>, <c>sw.js</c>, ...). Empty: <c>wwwroot</c>
    /// beside the application, where the build and the container image put it. A folder that does not exist serves
    /// no client (an API-only silo, or tests).
    /// </summary>
    public string Path { get; set; } = "";

    /// <summary>The folder actually served: <see cref="Path"/>, or <c>wwwroot</c> beside the application.</summary>
    public string Root => string.IsNullOrWhiteSpace(Path)
        ? System.IO.Path.Combine(AppContext.BaseDirectory, "wwwroot")
        : System.IO.Path.GetFullPath(Path);
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace Vrss.WebFront.Client;

/// <summary>
/// Answers a hashed script or style with the Brotli or gzip copy the client's build wrote beside it
/// (<c>assets/x.js.br</c>, <c>assets/x.js.gz</c>) when the browser accepts that encoding: the first load ships about a
/// third of the bytes, and nothing is compressed per request (no CPU spent, and no compressed answer that mixes
/// secrets with what an attacker chose: these are public, fixed files).
/// </summary>
internal static class PrecompressedAssets
{
    // Best first. The suffixes are the build's (src/Client/scripts/precompress.ts).
    private static readonly (string Encoding, string Suffix)[] s_copies = [("br", ".br"), ("gzip", ".gz")];

    /// <summary>Rewrites the request to the compressed copy before the static files answer it.</summary>
    public static IApplicationBuilder UsePrecompressedAssets(this IApplicationBuilder app, string root, IContentTypeProvider types) =>
        app.Use((context, next) =>
        {
            var path = context.Request.Path.Value ?? string.Empty;
            if (!context.Request.Path.StartsWithSegments("/assets", StringComparison.Ordinal))
            {
                return next(context);
            }

            if (s_copies.Any(c => path.EndsWith(c.Suffix, StringComparison.OrdinalIgnoreCase)))
            {
                // A copy asked for by name would arrive without its Content-Encoding: undecodable to the browser.
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }

            if (!types.TryGetContentType(path, out _))
            {
                return next(context);
            }

            var accepted = context.Request.GetTypedHeaders().AcceptEncoding;
            foreach (var (encoding, suffix) in s_copies)
            {
                var copy = Path.Combine(root, path.TrimStart('/') + suffix);
                if (accepted.Any(a => string.Equals(a.Value.Value, encoding, StringComparison.OrdinalIgnoreCase) && (a.Quality ?? 1) > 0)
                    && File.Exists(copy))
                {
                    context.Request.Path = new PathString(path + suffix);
                    context.Response.Headers.ContentEncoding = encoding;
                    break;
                }
            }

            // Caches must keep the copies apart, whichever one this answer is.
            context.Response.Headers.Vary = "Accept-Encoding";
            return next(context);
        });

    /// <summary>The content types of the compressed copies: those of the files they stand for.</summary>
    public static IContentTypeProvider For(IContentTypeProvider types) => new CopyContentTypes(types);

    private sealed class CopyContentTypes(IContentTypeProvider inner) : IContentTypeProvider
    {
        public bool TryGetContentType(string subpath, out string contentType)
        {
            // Only reached for a copy after the rewrite (a copy asked for by name was refused), so the type is the
            // original file's.
            foreach (var (_, suffix) in s_copies)
            {
                if (subpath.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                {
                    return inner.TryGetContentType(subpath[..^suffix.Length], out contentType!);
                }
            }

            return inner.TryGetContentType(subpath, out contentType!);
        }
    }
}

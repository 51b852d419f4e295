using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Vrss.GrainInterfaces.Moderation;
using Vrss.WebFront.Sessions;

namespace Vrss.WebFront.Admin;

/// <summary>
/// Lets through only signed-in admins (<see cref="AccountRole.Admin"/>): operator pages such as Orleans' dashboard show
/// every grain's state and the silo's logs. The instance's owners (verified emails in <c>Vrss:Auth:OwnerEmails</c>)
/// are admins until an admin changes their role; with no owners configured, only accounts made admin get in.
/// </summary>
public sealed class AdminOnlyFilter : IEndpointFilter
{
    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var session = (await http.GetSessionAsync().ConfigureAwait(false)).Session;
        if (session is null)
        {
            return Results.Text("Sign in with an admin's account to open this page.", statusCode: StatusCodes.Status401Unauthorized);
        }

        var grains = http.RequestServices.GetRequiredService<IGrainFactory>();
        var standing = await grains.GetGrain<IAccountStandingGrain>(session.UserId).GetAsync().ConfigureAwait(false);
        if (standing.Role != AccountRole.Admin)
        {
            return Results.Text("Only the instance's admins may open this page.", statusCode: StatusCodes.Status403Forbidden);
        }

        return await next(context).ConfigureAwait(false);
    }
}

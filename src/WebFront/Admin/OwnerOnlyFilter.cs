using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Vrss.GrainInterfaces.Users;
using Vrss.WebFront.Sessions;

namespace Vrss.WebFront.Admin;

/// <summary>
/// Lets through only signed-in owners of the instance (<see cref="IUserGrain.IsOwnerAsync"/>): operator pages such as
/// Orleans' dashboard show every grain's state and the silo's logs. Until accounts have roles, an owner is an account
/// whose verified email is in <c>Vrss:Auth:OwnerEmails</c>; with no owners configured, nobody gets in.
/// </summary>
public sealed class OwnerOnlyFilter : IEndpointFilter
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
            return Results.Text("Sign in with an owner's account to open this page.", statusCode: StatusCodes.Status401Unauthorized);
        }

        var grains = http.RequestServices.GetRequiredService<IGrainFactory>();
        if (!await grains.GetGrain<IUserGrain>(session.UserId).IsOwnerAsync().ConfigureAwait(false))
        {
            return Results.Text("Only the instance's owners may open this page.", statusCode: StatusCodes.Status403Forbidden);
        }

        return await next(context).ConfigureAwait(false);
    }
}

using Vrss.GrainInterfaces.Users;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Users;

/// <summary><c>settings.get</c>: the caller's privacy settings.</summary>
internal sealed class GetSettingsProcedure() : RpcProcedure<EmptyInput, SettingsOutput>("settings.get")
{
    /// <inheritdoc />
    protected override async Task<SettingsOutput> ExecuteAsync(EmptyInput input, RpcContext context)
    {
        return new SettingsOutput(await context.Grains.GetGrain<IUserGrain>(context.UserId).GetSettingsAsync().ConfigureAwait(false));
    }
}

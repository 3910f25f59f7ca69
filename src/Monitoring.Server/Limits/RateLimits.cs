using Microsoft.AspNetCore.RateLimiting;

namespace Monitoring.Server.Limits;

/// <summary>The built-in rate limiter with the center's limits (<see cref="LimitsOptions"/>), and the endpoints' part of it.</summary>
public static class RateLimits
{
    public const string SignInPerAddress = "signin-address";

    public const string IntakePerToken = "intake-token";

    public static IServiceCollection AddMonitoringRateLimits(this IServiceCollection services)
    {
        services.AddSingleton<SignInNameLimiter>();
        return services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy<string, SignInAddressPolicy>(SignInPerAddress);
            o.AddPolicy<string, IntakeTokenPolicy>(IntakePerToken);
        });
    }

    /// <summary>A sign-in endpoint: counted per client address, then, once its body is read, per user name.</summary>
    public static RouteHandlerBuilder LimitedAsSignIn(this RouteHandlerBuilder endpoint) =>
        endpoint.RequireRateLimiting(SignInPerAddress).AddEndpointFilter<SignInNameFilter>().ProducesProblem(StatusCodes.Status429TooManyRequests);

    /// <summary>A passkey sign-in: counted per client address; it carries no user name to count by.</summary>
    public static RouteHandlerBuilder LimitedAsPasskeySignIn(this RouteHandlerBuilder endpoint) =>
        endpoint.RequireRateLimiting(SignInPerAddress).ProducesProblem(StatusCodes.Status429TooManyRequests);

    public static RouteHandlerBuilder LimitedPerToken(this RouteHandlerBuilder endpoint) =>
        endpoint.RequireRateLimiting(IntakePerToken).ProducesProblem(StatusCodes.Status429TooManyRequests);
}

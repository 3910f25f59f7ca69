using Monitoring.Server.Audit;

namespace Monitoring.Server.Auth;

/// <summary><c>/api/admin/*</c>, for the admin role only.</summary>
public static class AdminEndpoints
{
    public static WebApplication MapAdmin(this WebApplication app)
    {
        app.MapGroup("/api/admin").WithTags("Admin").RequireAuthorization(p => p.RequireRole(Roles.Admin))
            .MapAdminUsers()
            .MapAdminTokens()
            .MapAdminAudit();
        return app;
    }
}

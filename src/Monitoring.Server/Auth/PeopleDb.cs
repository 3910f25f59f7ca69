using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Monitoring.Server.Auth;

/// <summary>
/// The people store: Identity's user tables without role tables (each person holds one role, on the user row), the
/// admin-issued API tokens, and the data-protection keys that sign cookies and access tokens, kept here so that every
/// node of the cluster reads the others' tokens and a restart ends no session. Lowercase table names, so that an
/// operator can read them in psql without quoting.
/// </summary>
public sealed class PeopleDb(DbContextOptions<PeopleDb> options) : IdentityUserContext<MonitoringUser>(options), IDataProtectionKeyContext
{
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<MonitoringUser>(user =>
        {
            user.ToTable("people_user");
            user.Property(u => u.Role).HasMaxLength(32);
            user.Property(u => u.UnitId).HasMaxLength(128);
            user.Property(u => u.DisplayName).HasMaxLength(200);
            user.Property(u => u.Nrp).HasMaxLength(32);
        });
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserClaim<string>>().ToTable("people_user_claim");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserLogin<string>>().ToTable("people_user_login");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserToken<string>>().ToTable("people_user_token");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserPasskey<string>>().ToTable(PasskeyDb.Table);
        builder.Entity<DataProtectionKey>().ToTable("people_data_protection_key");
        builder.Entity<ApiToken>(token =>
        {
            token.ToTable("people_api_token");
            token.HasKey(t => t.Id);
            token.Property(t => t.Id).HasMaxLength(32);
            token.Property(t => t.Name).HasMaxLength(100);
            token.Property(t => t.Role).HasMaxLength(32);
            token.Property(t => t.UnitId).HasMaxLength(128);
            token.Property(t => t.Hash).HasMaxLength(64);
            token.HasIndex(t => t.Hash).IsUnique();
        });
    }
}

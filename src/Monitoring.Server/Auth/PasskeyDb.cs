using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Monitoring.Server.Auth;

/// <summary>
/// The passkey table, <c>people_passkey</c>, as a context of its own for one purpose: creating it in a people database
/// made before passkeys existed (<see cref="PeopleSchema"/>). Identity's store reads and writes it through
/// <see cref="PeopleDb"/>, which maps the same table; a new database gets it from there, with the foreign key to
/// <c>people_user</c>. The one created here has none (this context knows no users): a person's passkeys are found by
/// their id, and a passkey whose person is gone finds nobody, so it signs nobody in.
/// </summary>
public sealed class PasskeyDb(DbContextOptions<PasskeyDb> options) : DbContext(options)
{
    public const string Table = "people_passkey";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.Entity<IdentityUserPasskey<string>>(passkey =>
        {
            // As Identity's schema version 3 maps it (IdentityUserContext), so that both contexts read one table alike.
            passkey.ToTable(Table);
            passkey.HasKey(p => p.CredentialId);
            passkey.Property(p => p.CredentialId).HasMaxLength(1024);
            passkey.HasIndex(p => p.UserId);
            passkey.OwnsOne(p => p.Data).ToJson();
        });
    }
}

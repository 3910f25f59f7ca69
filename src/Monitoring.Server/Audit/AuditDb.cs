using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Monitoring.Server.Audit;

/// <summary>
/// The audit trail's table, <c>people_audit</c>, in the people database. A context of its own rather than a set of
/// <c>PeopleDb</c>: its table is then created on its own (<see cref="Auth.PeopleSchema"/>), also in a people database
/// made before the trail existed, and the writer's batches never share Identity's tracked entities. Nothing here
/// updates or deletes a line; only the retention purge (<see cref="AuditRetention"/>) removes the old ones.
/// </summary>
public sealed class AuditDb(DbContextOptions<AuditDb> options) : DbContext(options)
{
    public DbSet<AuditEntry> Entries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        // SQLite hands times back without their kind; they were written as UTC.
        var utc = new ValueConverter<DateTime, DateTime>(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        builder.Entity<AuditEntry>(entry =>
        {
            entry.ToTable("people_audit");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Id).ValueGeneratedOnAdd();
            entry.Property(e => e.At).HasConversion(utc);
            entry.Property(e => e.UserName).HasMaxLength(AuditEntry.MaxText);
            entry.Property(e => e.Role).HasMaxLength(32);
            entry.Property(e => e.Action).HasMaxLength(64);
            entry.Property(e => e.Target).HasMaxLength(AuditEntry.MaxText);
            entry.Property(e => e.Outcome).HasMaxLength(16);
            entry.Property(e => e.ClientAddress).HasMaxLength(64);
            entry.Property(e => e.Detail).HasMaxLength(AuditEntry.MaxText);
            entry.HasIndex(e => e.At);
            entry.HasIndex(e => e.Target);
            entry.HasIndex(e => e.UserName);
        });
    }
}

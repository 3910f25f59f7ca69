using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Monitoring.Domain;
using Monitoring.Server.Auth;

namespace Monitoring.Server.Audit;

/// <summary>
/// The one way a line reaches the trail: into a bounded queue that <see cref="AuditWriter"/> empties in batches, so a
/// request (the intake's too) never waits for the database. A full queue drops the line and counts it; it never blocks.
/// </summary>
public sealed class AuditTrail
{
    /// <summary>The user name of the center's own jobs (the retention purge).</summary>
    public const string System = "system";

    private static readonly object RecordedKey = new();

    private readonly Channel<AuditEntry> _queue;
    private readonly TimeProvider _time;

    public AuditTrail(IOptions<MonitoringOptions> options, TimeProvider time)
    {
        _time = time;
        _queue = Channel.CreateBounded<AuditEntry>(new BoundedChannelOptions(options.Value.Audit.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait, SingleReader = true, SingleWriter = false,
        });
    }

    public ChannelReader<AuditEntry> Reader => _queue.Reader;

    /// <summary>A line about this request, by the person signed in unless <paramref name="userName"/> says who (a sign-in,
    /// where nobody is signed in yet). The request is then marked, so the middleware adds no second line for it.</summary>
    public void Record(HttpContext context, string action, string? target, int status, string? detail = null, string? userName = null,
        string? role = null)
    {
        context.Items[RecordedKey] = true;
        var user = context.User;
        Record(new AuditEntry(0, _time.GetUtcNow().UtcDateTime,
            Cut(userName ?? (user.Identity?.IsAuthenticated == true ? user.Identity.Name : null)) ?? "",
            role ?? user.Role() ?? "", action, Cut(target), AuditOutcome.Of(status), status, AddressOf(context), Cut(detail)));
    }

    /// <summary>A line about the center's own job: what it acted on (the retention purge's cutoff), whether it did it.</summary>
    public void RecordJob(string action, string? detail, string? target = null, string outcome = AuditOutcome.Allowed) =>
        Record(new AuditEntry(0, _time.GetUtcNow().UtcDateTime, System, "", action, Cut(target), outcome, null, "", Cut(detail)));

    public static bool IsRecorded(HttpContext context) => context.Items.ContainsKey(RecordedKey);

    private void Record(AuditEntry entry)
    {
        if (!_queue.Writer.TryWrite(entry)) AuditMetrics.Dropped.WithLabels(AuditMetrics.QueueFull).Inc();
    }

    /// <summary>The whole address, not the /64 the limits count by: the trail names the machine. Forwarded headers, where
    /// configured, have put the client's address here already.</summary>
    private static string AddressOf(HttpContext context) => context.Connection.RemoteIpAddress switch
    {
        null => "",
        { IsIPv4MappedToIPv6: true } mapped => mapped.MapToIPv4().ToString(),
        var address => address.ToString(),
    };

    /// <summary>Typed text (a failed sign-in's name) is stored printable and within the column: PostgreSQL refuses a NUL, and
    /// one refused line would lose its whole batch.</summary>
    private static string? Cut(string? text) => text is null ? null : TextRules.ForLog(text, AuditEntry.MaxText - 1);
}

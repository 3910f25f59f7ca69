using System.Collections.Concurrent;
using System.Collections.Immutable;
using Akka.Configuration;
using Akka.Persistence;
using Akka.Persistence.Sql;
using Akka.Persistence.Sql.Config;
using Akka.Persistence.Sql.Journal;
using Akka.Persistence.Sql.Journal.Dao;

namespace Monitoring.Persistence.Journal;

/// <summary>The plugin's SQL journal, with its two busiest paths through a <see cref="JournalTable"/>: statements
/// prepared once (docs/benchmarks.md). Actors recovering at the same moment learn their highest sequence numbers from
/// one query rather than one each — every call from an unknown number and every new case is a brand-new actor that
/// recovers before its first event — and events are written in rows the plugin's own serializer makes. Replays,
/// queries and deletions are the plugin's, and so is everything when its configuration asks for rows the table does
/// not write.</summary>
public sealed class BatchedJournal : SqlWriteJournal
{
    /// <summary>Persistence ids per query: far below the parameter limits of SQLite and PostgreSQL.</summary>
    private const int MaxIdsPerQuery = 500;

    private readonly ByteArrayJournalSerializer _serializer;
    private readonly JournalTable? _table;
    private readonly ConcurrentDictionary<string, Task> _writes = new();
    private readonly Lock _gate = new();
    private List<Waiting> _waiting = [];
    private bool _reading;

    private sealed record Waiting(string PersistenceId, long FromSequenceNr, TaskCompletionSource<long> Highest);

    public BatchedJournal(Config journalConfig) : base(journalConfig)
    {
        var config = new JournalConfig(journalConfig.WithFallback(SqlPersistence.DefaultJournalConfiguration));
        _serializer = new ByteArrayJournalSerializer(config, Context.System.Serialization, config.PluginConfig.TagSeparator,
            Guid.NewGuid().ToString("N"));
        _table = JournalTable.Handles(config) ? JournalTable.For(config) : null;
    }

    protected override void PostStop()
    {
        _table?.Dispose();
        base.PostStop();
    }

    protected override Task<IImmutableList<Exception>> WriteMessagesAsync(IEnumerable<AtomicWrite> messages, CancellationToken cancellationToken)
    {
        // Without the table both paths are the plugin's, and so is the wait below.
        if (_table is null) return base.WriteMessagesAsync(messages, cancellationToken);
        var batch = messages as IReadOnlyCollection<AtomicWrite> ?? messages.ToList();
        var written = WriteRowsAsync(batch, _table);
        // One actor's writes per call. An actor that restarts while its last write is in flight must wait for it, or
        // it would read a sequence number that is about to be taken (the plugin's own read waits the same way).
        var persistenceId = batch.First().PersistenceId;
        _writes[persistenceId] = written;
        written.ContinueWith(done => _writes.TryRemove(new KeyValuePair<string, Task>(persistenceId, done)), TaskScheduler.Default);
        return written;
    }

    /// <summary>Rows serialized by the plugin's own serializer, so the plugin reads them back as its own; writes whose
    /// events fail to serialize are rejected and the others written. Tagged events are left to the plugin, which keeps
    /// their tags in a table of their own.</summary>
    private Task<IImmutableList<Exception>> WriteRowsAsync(IReadOnlyCollection<AtomicWrite> batch, JournalTable table)
    {
        var serialized = _serializer.Serialize(batch, DateTime.UtcNow.Ticks);
        var written = serialized.Where(s => s.IsSuccess).SelectMany(s => s.Success.Value).ToList();
        if (written.Any(r => r.TagArray is { Length: > 0 })) return base.WriteMessagesAsync(batch, CancellationToken.None);
        var rejections = serialized.All(s => s.IsSuccess)
            ? null
            : serialized.Select(s => s.IsSuccess ? null : s.Failure.Value).ToImmutableList();
        return written.Count == 0
            ? Task.FromResult<IImmutableList<Exception>>(rejections!)
            : table.WriteAsync(written).ContinueWith(done =>
            {
                done.GetAwaiter().GetResult();
                return (IImmutableList<Exception>)rejections!;
            }, TaskScheduler.Default);
    }

    public override async Task<long> ReadHighestSequenceNrAsync(string persistenceId, long fromSequenceNr, CancellationToken cancellationToken)
    {
        if (_table is null) return await base.ReadHighestSequenceNrAsync(persistenceId, fromSequenceNr, cancellationToken);
        if (_writes.TryGetValue(persistenceId, out var inFlight))
            await inFlight.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);

        var waiting = new Waiting(persistenceId, fromSequenceNr, new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously));
        bool lead;
        lock (_gate)
        {
            _waiting.Add(waiting);
            lead = !_reading;
            _reading = true;
        }
        // No timer: whoever finds no query running starts one; everyone who arrives meanwhile rides the next.
        if (lead) _ = Task.Run(() => ReadWhileWaitingAsync(_table), CancellationToken.None);
        return await waiting.Highest.Task.WaitAsync(cancellationToken);
    }

    private async Task ReadWhileWaitingAsync(JournalTable table)
    {
        while (true)
        {
            List<Waiting> batch;
            lock (_gate)
            {
                if (_waiting.Count == 0)
                {
                    _reading = false;
                    return;
                }
                (batch, _waiting) = (_waiting, []);
            }
            foreach (var chunk in batch.Chunk(MaxIdsPerQuery))
            {
                try
                {
                    var highest = await table.HighestSequenceNumbersAsync(chunk.Select(w => w.PersistenceId).Distinct().ToList());
                    // The plugin counts only events after fromSequenceNr and answers 0 when there are none.
                    foreach (var w in chunk)
                        w.Highest.TrySetResult(highest.TryGetValue(w.PersistenceId, out var h) && h > w.FromSequenceNr ? h : 0);
                }
                catch (Exception e)
                {
                    foreach (var w in chunk) w.Highest.TrySetException(e);
                }
            }
        }
    }
}

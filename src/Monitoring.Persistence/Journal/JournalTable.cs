using System.Threading.Channels;
using Akka.Persistence.Sql.Config;
using Akka.Persistence.Sql.Journal.Types;

namespace Monitoring.Persistence.Journal;

/// <summary>
/// The journal's table on the center's two busiest paths, in statements whose text never changes, so each is prepared
/// once: the plugin composes its SQL with linq2db for every batch, with each event's bytes as a literal in the text,
/// and a query's text changed with the number of ids asked (measured: the largest share of the center's CPU and
/// allocations per call). Rows are written the way the plugin writes them — every write that arrives while a batch is
/// being written goes into the next one, one transaction per batch — and a failed batch is written again one write at
/// a time, so one bad write fails alone.
/// </summary>
public abstract class JournalTable : IDisposable
{
    private readonly Channel<PendingWrite> _queue = Channel.CreateUnbounded<PendingWrite>();
    private readonly CancellationTokenSource _stopping = new();
    private readonly int _batchSize;

    protected sealed record PendingWrite(IReadOnlyList<JournalRow> Rows, TaskCompletionSource Done);

    protected JournalTable(JournalConfig config)
    {
        _batchSize = config.DaoConfig.BatchSize;
        var table = config.TableConfig.EventJournalTable;
        var columns = table.ColumnNames;
        Columns = [columns.Created, columns.Deleted, columns.PersistenceId, columns.SequenceNumber, columns.Message,
            columns.Manifest, columns.Identifier, columns.WriterUuid];
        (PersistenceId, SequenceNumber) = (Quote(columns.PersistenceId), Quote(columns.SequenceNumber));
        Table = TableOf(config);
    }

    /// <summary>The journal table's name as SQL, with its schema where one is configured.</summary>
    internal static string TableOf(JournalConfig config)
    {
        var name = config.TableConfig.EventJournalTable.Name;
        return string.IsNullOrEmpty(config.TableConfig.SchemaName) ? Quote(name) : $"{Quote(config.TableConfig.SchemaName)}.{Quote(name)}";
    }

    /// <summary>Whether the plugin's configuration writes rows this writer can write: no tags column or event manifest
    /// column to fill, and no metadata table to keep (the writer fills exactly the eight columns above).</summary>
    public static bool Handles(JournalConfig config) =>
        config.PluginConfig.TagMode == TagMode.TagTable
        && !config.TableConfig.UseEventManifestColumn
        && config.TableConfig.EventJournalTable.UseWriterUuidColumn
        && !config.DaoConfig.SqlCommonCompatibilityMode;

    public static JournalTable For(JournalConfig config) =>
        // The provider names StorageOptions.DataProvider gives the plugin: linq2db's, PostgreSQL's all start alike.
        config.ProviderName.StartsWith(LinqToDB.ProviderName.PostgreSQL, StringComparison.Ordinal)
            ? new PostgresJournalTable(config)
            : new SqliteJournalTable(config);

    protected string Table { get; }

    protected string[] Columns { get; }

    protected string PersistenceId { get; }

    protected string SequenceNumber { get; }

    protected CancellationToken Stopping => _stopping.Token;

    internal static string Quote(string name) => $"\"{name.Replace("\"", "\"\"")}\"";

    /// <summary>Completes when the rows are committed, in one transaction with each other.</summary>
    public Task WriteAsync(IReadOnlyList<JournalRow> rows)
    {
        var pending = new PendingWrite(rows, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending)) pending.Done.TrySetException(new ObjectDisposedException(nameof(JournalTable)));
        return pending.Done.Task;
    }

    /// <summary>The highest sequence number stored for each of the ids that has any, deleted events included.</summary>
    public abstract Task<Dictionary<string, long>> HighestSequenceNumbersAsync(IReadOnlyList<string> persistenceIds);

    /// <summary>Waits for writes, then takes what has arrived, up to a batch (a write is never split); null once stopped.</summary>
    protected async ValueTask<List<PendingWrite>?> TakeBatchAsync()
    {
        try
        {
            if (!await _queue.Reader.WaitToReadAsync(Stopping)) return null;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
        var batch = new List<PendingWrite>();
        for (var rows = 0; rows < _batchSize && _queue.Reader.TryRead(out var next); rows += next.Rows.Count) batch.Add(next);
        return batch;
    }

    /// <summary>Writes the batch in one transaction; if that fails, each write in its own, so only a bad one fails.</summary>
    protected async Task CommitAsync(List<PendingWrite> batch, Func<IReadOnlyList<PendingWrite>, Task> write)
    {
        try
        {
            await write(batch);
            foreach (var pending in batch) pending.Done.TrySetResult();
            return;
        }
        catch (Exception e) when (batch.Count == 1)
        {
            batch[0].Done.TrySetException(e);
            return;
        }
        catch (Exception)
        {
            // Fall through: write them one at a time.
        }
        foreach (var pending in batch)
        {
            try
            {
                await write([pending]);
                pending.Done.TrySetResult();
            }
            catch (Exception e)
            {
                pending.Done.TrySetException(e);
            }
        }
    }

    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _stopping.Cancel();
        while (_queue.Reader.TryRead(out var pending))
            pending.Done.TrySetException(new ObjectDisposedException(nameof(JournalTable)));
        Stop();
        GC.SuppressFinalize(this);
    }

    protected abstract void Stop();
}

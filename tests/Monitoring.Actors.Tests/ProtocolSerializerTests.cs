using Monitoring.Domain.Telephony;
using System.Reflection;
using System.Runtime.Serialization;
using System.Text;
using System.Text.Json.Serialization;
using Akka.Actor;
using Monitoring.Actors.Protocol;
using Monitoring.Actors.Serialization;
using Monitoring.Domain;
using Monitoring.Domain.Callers;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Coverage;
using Monitoring.Domain.Interactions;
using Monitoring.Domain.Jurisdiction;
using Monitoring.Domain.Patrols;
using Monitoring.Domain.Surges;

namespace Monitoring.Actors.Tests;

/// <summary>
/// Every message that crosses nodes goes through the center's own serializer, as the center configures its actor system:
/// a message type of the protocol without a manifest, or one the serializer does not bring back whole, fails here rather
/// than on the first message to another node.
/// </summary>
[Collection(nameof(ActorSystems))]
public sealed class ProtocolSerializerTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);
    private static readonly CaseId Id = new("K-261128-00000000AB");
    private static readonly UnitId Gambir = new("polsek-gambir");
    private static readonly Person Sari = new("u-sari", "Bripka Sari", "87050123", "officer");

    private static readonly Interaction Call = new(new InteractionId("i-1"), new CallerNumber("+6281234567"), Channel.Sms, Kind.Complaint,
        Category.Threat, new Location(-6.17, 106.82, "Jl. Medan Merdeka"), "Diancam", "agent-2", T0, T0.AddSeconds(4), T0.AddSeconds(5), 62.5,
        "https://recordings.local/1.wav", "0812-3456-7");

    private static readonly Routing Route = new(Gambir, JurisdictionTree.Default.Chain(Gambir), false);

    private static readonly Case Acknowledged = Case.From(new CaseOpened(Id, T0, Call, Priority.P2, Route, T0.AddMinutes(5)))
        .Apply(new CaseAcknowledged(Id, T0.AddMinutes(1), Gambir, Sari, T0.AddMinutes(15)));

    private static readonly CaseSummary Summary = CaseSummary.Of(Acknowledged, 2);

    /// <summary>A case with a second caller's call linked and not yet filed: its calls cross nodes with it.</summary>
    private static readonly Case Linked = Acknowledged.Apply(new CaseLinked(Id, T0.AddMinutes(2),
        Call with { Id = new InteractionId("i-2"), Caller = new CallerNumber("+6281298765432") }, Priority.P1, 2, false, T0.AddMinutes(4)));

    /// <summary>The commands a case is asked to carry out, each inside the request that carries it to the case's node.</summary>
    private static readonly CaseCommand[] Commands =
    [
        new OpenCase(Call, Priority.P2, Route),
        new Acknowledge(Gambir, Sari),
        new Dispatch(Gambir, Sari, "Patroli 3"),
        new Arrive(Gambir, Sari),
        new Resolve(Gambir, Sari, "Pelaku diamankan"),
        new Cancel(Gambir, Sari, CancelReason.Duplicate, "Sama dengan K-261128-00000000AC"),
        CheckDeadline.Instance,
        new MarkInteractionFiled(Call.Id),
        new Reassign(Gambir, Sari, new UnitId("polsek-sawah-besar"), "Lokasi masuk wilayah Sawah Besar"),
        new AddNote(Gambir, Sari, "Pelapor menelepon lagi"),
        new AcknowledgeAlarm(Gambir, Sari, 3),
        new LinkCall(Call with { Id = new InteractionId("i-2") }, Priority.P1, Automatic: true),
        new UnlinkCall(Gambir, Sari, new InteractionId("i-2"), new CaseId("K-261128-00000000AD")),
        new MergeInto(Gambir, Sari, new CaseId("K-261128-00000000AC"), "Kejadian yang sama"),
        new JoinCalls(Gambir, Sari, Id, [Call], Priority.P2, "Kejadian yang sama"),
    ];

    /// <summary>One of every message of the protocol; a request for each command.</summary>
    private static IEnumerable<object> Messages() =>
    [
        .. Commands.Select(c => new CaseRequest(Id, c)),
        new GetCase(Id),
        new AnnounceCase(Id),
        new CaseReply(Acknowledged, null),
        new CaseReply(Linked, null),
        new CaseReply(null, new Rejection(RejectionKind.NotFound, ErrorCodes.CaseNotFound, "There is no case K-261128-00000000AB.")),
        new CaseReply(Acknowledged, new Rejection(RejectionKind.Invalid, ErrorCodes.Required, "A patrol is required.", "patrol")),
        new TrackCase(Gambir, Summary),
        new UntrackCase(Gambir, Id),
        new GetUnitQueue(Gambir),
        new UnitQueue(Gambir, [Summary], new Dictionary<CaseState, int> { [CaseState.Acknowledged] = 1 }),
        new FileInteraction(Call.Caller, new CallerEntry(Call, Id, Gambir)),
        new FileInteraction(Call.Caller, new CallerEntry(Call with { Kind = Kind.Prank, Category = null, Location = null }, null, null)),
        new InteractionFiled(Call.Id),
        new InteractionFiled(Call.Id, ReputationLevel.Screened),
        new GetReputation(Call.Caller),
        new SanctionCaller(Call.Caller, new CallerSanction(SanctionAction.Screen, T0, Sari, "Ancaman", T0.AddHours(24))),
        new CallerReputation(Call.Caller, SanctionLadder.Assess(CallerHistory.Empty(Call.Caller).Record(new CallerEntry(Call, null, null)), SanctionLadder.Default, T0), [new CallerEntry(Call, null, null)]),
        new CallerReputation(Call.Caller, SanctionLadder.Assess(CallerHistory.Empty(Call.Caller)
            .Sanction(new CallerSanction(SanctionAction.Screen, T0, Sari, "Ancaman", T0.AddHours(24))), SanctionLadder.Default, T0), []),
        new CaseChanged(Summary, "acknowledged"),
        new CaseChanged(Summary, "reassigned", [new UnitId("polsek-sawah-besar"), new UnitId("polres-metro-jakarta-pusat")]),
        new Projected(new DateTime(2026, 11, 28, 8, 0, 1, DateTimeKind.Utc)),
        new RecentCases(Gambir),
        new RecentCases(null),
        new RecentCasesReply([Summary]),
        new StorageUnavailable("connection refused"),
        new ClaimIntakeKey("3f2a", "9c1b"),
        new CompleteIntakeKey("3f2a", new IntakeAnswer(201, "/api/interactions/I-1", "{\"interactionId\":\"I-1\"}")),
        new CompleteIntakeKey("3f2a", null),
        new IntakeKeyReply(IntakeKeyVerdict.Answered, new IntakeAnswer(201, null, "{}")),
        new IntakeKeyReply(IntakeKeyVerdict.Proceed, null),
        new IntakeAnswer(422, null, "{}"),
        new ChangePatrols(Gambir, new AddPatrol("R2-07", Sari)),
        new ChangePatrols(Gambir, new RemovePatrol("R2-07", Sari)),
        new ChangePatrols(Gambir, new ReleasePatrol("R2-07", Sari)),
        new ChangePatrols(Gambir, new FollowCase("R2-07", Id, PatrolStatus.OnScene)),
        new GetPatrols(Gambir),
        new PatrolsReply([new Patrol("R2-07", PatrolStatus.Dispatched, Id), new Patrol("R2-08", PatrolStatus.Available, null)], null),
        new PatrolsReply([], new Rejection(RejectionKind.Conflict, "Patrol R2-07 is dispatched.", "patrol")),
        new SurgeChanged(Surge, true),
        new GetActiveAlerts(),
        new ActiveAlerts([Surge]),
        new ReportCallStep(Offer),
        new GetCall(Offer.CallId),
        new AttachCallForm(Offer.CallId),
        new CallFormRecorded(Offer.CallId, Kind.Prank),
        new CallReply(RingingCall),
        new CallReply(RingingCall, new FieldError("at", ErrorCodes.StepOrder, "A call cannot be answered before it rang.")),
        new CallFormReply(new CallAttach(new InteractionId("c-1"), T0, T0.AddSeconds(4), 60), null),
        new CallFormReply(null, ErrorCodes.CallAbandoned),
        RingingCall,
        new AttachLocation(Offer.CallId, T0.AddSeconds(3), new NetworkLocation(-6.1754, 106.8272, 12, LocationSource.Aml, T0.AddSeconds(2))),
        new CallChanged(RingingCall, 3, [Gambir, new UnitId("mabes")]),
        new ReleaseCallForm(Offer.CallId),
        new GetLiveCalls(),
        new LiveCalls([new CallChanged(RingingCall, 3, [Gambir])]),
        new FindLatestCall(Call.Caller, T0),
        new LatestCall(null),
    ];

    private static readonly TelephonyEvent Offer = new(new CallId("a84b4c76e66710@10.0.0.1"), CallStep.Offered, T0, Call.Caller, "110", "ext-201",
        new NetworkLocation(-6.17, 106.82, 800, LocationSource.Cell), "<presence/>");

    private static readonly CallSnapshot RingingCall = new(Offer.CallId, true, CallStatus.Ringing, T0, null, null, Gambir, 0, null, Call.Caller,
        "ext-201", Offer.Location);

    private static readonly SurgeAlert Surge = new(Gambir, JurisdictionTree.Default.Chain(Gambir), 7, 5, TimeSpan.FromMinutes(10), T0);

    [Fact]
    public void Every_record_of_the_protocol_is_in_the_samples_and_has_a_short_manifest_of_its_own()
    {
        var records = typeof(CaseRequest).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == typeof(CaseRequest).Namespace && t.GetMethod("<Clone>$") is not null)
            .OrderBy(t => t.Name).ToList();
        Assert.Equal(records, Messages().Select(m => m.GetType()).Distinct().OrderBy(t => t.Name));
        Assert.Equal(records, ProtocolSerializer.Manifests.Keys.OrderBy(t => t.Name));
        Assert.All(ProtocolSerializer.Manifests.Values, m => Assert.True(m.Length <= 20 && !m.Contains("Monitoring", StringComparison.Ordinal), m));
        Assert.Equal(ProtocolSerializer.Manifests.Count, ProtocolSerializer.Manifests.Values.Distinct().Count());
    }

    [Fact]
    public void Every_case_command_has_a_short_name_on_the_wire()
    {
        var declared = typeof(CaseCommand).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(CaseCommand)) && !t.IsAbstract);
        var named = typeof(CaseCommand).GetCustomAttributes<JsonDerivedTypeAttribute>().Select(a => a.DerivedType);
        Assert.Equal(declared.OrderBy(t => t.Name), named.OrderBy(t => t.Name));
        Assert.Equal(declared.OrderBy(t => t.Name), Commands.Select(c => c.GetType()).OrderBy(t => t.Name));
    }

    [Fact]
    public async Task The_center_configured_system_sends_every_message_through_the_protocol_serializer_and_reads_it_back_whole()
    {
        using var folder = new TempFolder();
        await using var host = await ActorHost.StartAsync(folder.DatabasePath, TimeProvider.System);
        var serialization = host.System.Serialization;
        foreach (var message in Messages())
        {
            var serializer = Assert.IsType<ProtocolSerializer>(serialization.FindSerializerFor(message));
            var manifest = serializer.Manifest(message);
            var bytes = serializer.ToBinary(message);
            Assert.DoesNotContain("Monitoring.", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
            var back = serialization.Deserialize(bytes, ProtocolSerializer.SerializerId, manifest);
            Assert.Equal(message.GetType(), back.GetType());
            // Equivalent, not Equal: a record compares its lists (the routing chain, the timeline) by reference.
            Assert.Equivalent(message, back, strict: true);
        }
    }

    /// <summary>Akka's fallback (Newtonsoft JSON naming CLR types) is off both ways: nothing without a binding is sent,
    /// and a payload for it that arrives from another node is not read.</summary>
    [Fact]
    public async Task A_message_without_a_serializer_of_the_centers_is_refused_and_so_is_a_payload_for_akkas_default()
    {
        using var folder = new TempFolder();
        await using var host = await ActorHost.StartAsync(folder.DatabasePath, TimeProvider.System);
        var serialization = host.System.Serialization;
        var unbound = Assert.Throws<SerializationException>(() => serialization.FindSerializerFor(new NotOfTheProtocol("x")));
        Assert.Contains(nameof(NotOfTheProtocol), unbound.Message, StringComparison.Ordinal);
        var typeNamed = """{"$type":"System.IO.FileInfo, System.IO.FileSystem","fileName":"/etc/passwd"}"""u8.ToArray();
        Assert.Throws<SerializationException>(() => serialization.Deserialize(typeNamed, 1, typeof(object)));
    }

    private sealed record NotOfTheProtocol(string Text);
}

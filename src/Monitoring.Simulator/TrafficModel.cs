using System.Text.Json;
using System.Text.Json.Nodes;
using Monitoring.Domain;
using Monitoring.Domain.Coverage;
using Monitoring.Domain.Interactions;

namespace Monitoring.Simulator;

/// <summary>
/// Plausible 110 traffic: about nine calls in ten are pranks, silent calls or requests for information; reports and
/// complaints come in realistic category shares from places inside the coverage (a village point, jittered by up to
/// ~300 m); calls are answered within a few seconds, sometimes later; volume follows the hour of the day (WIB).
/// Pranksters and silent callers ring again and again, so many calls come from a number heard minutes before, unless
/// every call is to come from a new number (the intake's worst case: each call wakes a caller never seen). The places are
/// the villages of <paramref name="area"/>, else of the whole default coverage, drawn uniformly: each Polda's share of the
/// traffic is its share of the villages.
/// </summary>
public sealed class TrafficModel(Random random, bool newCallersOnly = false, TrafficArea? area = null)
{
    private const int RecentNumbers = 10_000;

    private static readonly Dictionary<Kind, double> RepeatShare = new()
    {
        [Kind.Prank] = 0.6, [Kind.Silent] = 0.4, [Kind.Information] = 0.15, [Kind.Report] = 0.05, [Kind.Complaint] = 0.1,
    };

    private static readonly (Kind Kind, double Weight)[] Kinds =
        [(Kind.Prank, 0.55), (Kind.Silent, 0.15), (Kind.Information, 0.20), (Kind.Report, 0.07), (Kind.Complaint, 0.03)];

    private static readonly (Kind Kind, double Weight)[] CaseKinds = [(Kind.Report, 0.7), (Kind.Complaint, 0.3)];

    private static readonly (Category Category, double Weight)[] ReportCategories =
        [(Category.Traffic, 0.30), (Category.Accident, 0.20), (Category.Crime, 0.20), (Category.Medical, 0.10), (Category.Fire, 0.08),
         (Category.MissingPerson, 0.05), (Category.Disaster, 0.04), (Category.Riot, 0.03)];

    private static readonly (Category Category, double Weight)[] ComplaintCategories =
        [(Category.Service, 0.30), (Category.Threat, 0.25), (Category.Insult, 0.20), (Category.Violence, 0.15), (Category.Extortion, 0.10)];

    /// <summary>
    /// What a surge brings: a fire or a brawl that turns into a riot, and the crashes and jams around it; several callers
    /// about one incident, and people hurt.
    /// </summary>
    private static readonly (Category Category, double Weight)[] SurgeCategories =
        [(Category.Fire, 0.35), (Category.Riot, 0.25), (Category.Accident, 0.20), (Category.Traffic, 0.10), (Category.Medical, 0.10)];

    /// <summary>What a caller says, in the words a call taker writes down (in Bahasa Indonesia, as the wall shows it).</summary>
    private static readonly Dictionary<Category, string> Said = new()
    {
        [Category.Accident] = "Tabrakan motor, ada korban luka", [Category.Disaster] = "Banjir masuk rumah warga",
        [Category.Riot] = "Tawuran warga, saling lempar batu", [Category.Fire] = "Rumah terbakar, api membesar",
        [Category.Crime] = "Pencurian sedang berlangsung", [Category.Medical] = "Warga pingsan, perlu ambulans",
        [Category.Traffic] = "Macet total, lampu lalu lintas mati", [Category.MissingPerson] = "Anak belum pulang sejak sore",
        [Category.Violence] = "Pemukulan oleh tetangga", [Category.Threat] = "Diancam lewat telepon",
        [Category.Extortion] = "Dimintai uang oleh preman", [Category.Insult] = "Dihina di depan umum",
        [Category.Service] = "Keluhan pelayanan petugas",
    };

    private static readonly string[] Channels = ["voice", "voice", "voice", "voice", "voice", "voice", "voice", "voice", "sms", "web"];

    /// <summary>Relative call volume by hour of day (WIB): quiet before dawn, busiest in the evening.</summary>
    private static readonly double[] ByHour =
        [0.5, 0.4, 0.3, 0.3, 0.3, 0.4, 0.6, 0.8, 0.9, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.1, 1.2, 1.3, 1.4, 1.4, 1.3, 1.0, 0.7];

    private readonly IReadOnlyList<VoronoiCoverage.Village> _villages = area?.Villages ?? VoronoiCoverage.DefaultVillages;
    private readonly List<string> _recent = [];
    private int _nextRecent;

    public static double HourFactor(DateTimeOffset now) => ByHour[now.ToOffset(TimeSpan.FromHours(7)).Hour];

    /// <summary>One call as the telephony would post it to /api/interactions.</summary>
    public object NextCall(DateTimeOffset now) => Call(now, Pick(Kinds));

    /// <summary>One report or complaint: a call that opens a case.</summary>
    public object NextCase(DateTimeOffset now) => Call(now, Pick(CaseKinds));

    /// <summary>
    /// One report of a surge in <paramref name="surge"/>: from any of its villages, jittered like any report (so the calls do
    /// not all stand on one spot), and kept only where the coverage routes it to that Polsek.
    /// </summary>
    public object NextSurgeReport(DateTimeOffset now, SurgeArea surge) => Call(now, Kind.Report, () =>
    {
        var category = Pick(SurgeCategories);
        var village = surge.Villages[random.Next(surge.Villages.Count)];
        var point = Jittered(village);
        for (var tries = 0; tries < 20 && !surge.Covers(point); tries++) point = Jittered(village);
        // A village's own point lies in its own cell, which is its Polsek's.
        return (category, village, surge.Covers(point) ? point : village.Point);
    });

    private object Call(DateTimeOffset now, Kind kind) => Call(now, kind, () =>
    {
        var category = Pick(kind == Kind.Report ? ReportCategories : ComplaintCategories);
        var village = _villages[random.Next(_villages.Count)];
        return (category, village, Jittered(village));
    });

    /// <summary>Up to ~300 m from the village point.</summary>
    private GeoPoint Jittered(VoronoiCoverage.Village village) => new(
        village.Point.Latitude + (random.NextDouble() - 0.5) * 0.005, village.Point.Longitude + (random.NextDouble() - 0.5) * 0.005);

    /// <param name="place">What a report or complaint is about and where, drawn after the call itself so that a seed's
    /// calls stay what they were before surges.</param>
    private object Call(DateTimeOffset now, Kind kind, Func<(Category, VoronoiCoverage.Village, GeoPoint)> place)
    {
        var caller = Caller(kind);
        var rang = now.AddSeconds(-random.Next(2, 8));
        // Most calls are answered within the 10 s target; one in ten waits longer.
        var answered = rang.AddSeconds(random.NextDouble() < 0.9 ? random.Next(1, 10) : random.Next(10, 45));
        var channel = Channels[random.Next(Channels.Length)];
        if (!kind.OpensCase())
            return new { callerNumber = caller, channel, kind = DomainJson.Name(kind), receivedAt = rang, answeredAt = answered, agentId = Agent() };

        var (category, village, point) = place();
        return new
        {
            callerNumber = caller, channel, kind = DomainJson.Name(kind), category = DomainJson.Name(category),
            location = new { latitude = point.Latitude, longitude = point.Longitude, address = $"dekat {village.Name}" },
            summary = $"{Said[category]}, di sekitar {village.Name}",
            receivedAt = rang, answeredAt = answered, agentId = Agent(),
        };
    }

    /// <summary>
    /// One voice call as the telephony sees it before anyone types: the number, how long it rings, whether the caller hangs
    /// up first (<paramref name="abandonShare"/>; Jakarta's 112 lost 58 % of its calls so in 2024), the cell it comes from,
    /// and the form the call taker sends once it is answered, without the times (the call's events give them).
    /// </summary>
    public RingingCall NextRinging(DateTimeOffset now, double abandonShare, bool casesOnly = false)
    {
        var form = JsonSerializer.SerializeToNode(casesOnly ? NextCase(now) : NextCall(now), JsonSerializerOptions.Web)!.AsObject();
        form.Remove("receivedAt");
        form.Remove("answeredAt");
        form["channel"] = "voice";
        var abandons = random.NextDouble() < abandonShare;
        // Most calls are answered within the 10 s target; one in ten rings longer, and a caller who hangs up rarely waits long.
        var ring = TimeSpan.FromSeconds(abandons ? random.Next(1, 12) : random.NextDouble() < 0.9 ? random.Next(1, 10) : random.Next(10, 30));
        var village = _villages[random.Next(_villages.Count)];
        var cell = form["location"] is JsonObject at
            ? new GeoPoint(at["latitude"]!.GetValue<double>(), at["longitude"]!.GetValue<double>())
            : village.Point;
        // A cell covers hundreds of meters to kilometres; its centre is not where the caller stands.
        var offset = new GeoPoint(cell.Latitude + (random.NextDouble() - 0.5) * 0.01, cell.Longitude + (random.NextDouble() - 0.5) * 0.01);
        return new RingingCall(form["callerNumber"]!.GetValue<string>(), ring, abandons, offset, form);
    }

    /// <summary>A number heard recently, as often as callers of this kind ring again, or a new one.</summary>
    private string Caller(Kind kind)
    {
        if (!newCallersOnly && _recent.Count > 0 && random.NextDouble() < RepeatShare[kind]) return _recent[random.Next(_recent.Count)];
        var number = "08" + random.NextInt64(1_000_000_000, 9_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (_recent.Count < RecentNumbers) _recent.Add(number);
        else _recent[_nextRecent++ % RecentNumbers] = number;
        return number;
    }

    private string Agent() => $"agent-{random.Next(1, 25):D2}";

    private T Pick<T>((T Value, double Weight)[] table)
    {
        var roll = random.NextDouble() * table.Sum(t => t.Weight);
        foreach (var (value, weight) in table)
            if ((roll -= weight) <= 0) return value;
        return table[^1].Value;
    }
}

namespace Monitoring.Domain.Interactions;

public enum Category
{
    // reports
    Accident,
    Disaster,
    Riot,
    Fire,
    Crime,
    Medical,
    Traffic,
    MissingPerson,
    // complaints
    Violence,
    Threat,
    Extortion,
    Insult,
    Service,
}

/// <summary>Which kind each category belongs to and the priority it sets by default.</summary>
public static class Categories
{
    private static readonly Dictionary<Category, (Kind Kind, Priority Priority)> Table = new()
    {
        [Category.Accident] = (Kind.Report, Priority.P1),
        [Category.Disaster] = (Kind.Report, Priority.P1),
        [Category.Riot] = (Kind.Report, Priority.P1),
        [Category.Fire] = (Kind.Report, Priority.P1),
        [Category.Medical] = (Kind.Report, Priority.P1),
        [Category.Crime] = (Kind.Report, Priority.P2),
        [Category.MissingPerson] = (Kind.Report, Priority.P2),
        [Category.Traffic] = (Kind.Report, Priority.P3),
        [Category.Violence] = (Kind.Complaint, Priority.P1),
        [Category.Threat] = (Kind.Complaint, Priority.P2),
        [Category.Extortion] = (Kind.Complaint, Priority.P2),
        [Category.Insult] = (Kind.Complaint, Priority.P3),
        [Category.Service] = (Kind.Complaint, Priority.P3),
    };

    public static Kind KindOf(this Category category) => Table[category].Kind;

    public static Priority DefaultPriority(this Category category) => Table[category].Priority;

    public static IEnumerable<Category> For(Kind kind) => Table.Where(kv => kv.Value.Kind == kind).Select(kv => kv.Key);
}

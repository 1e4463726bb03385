using ExpertGraph.Core.Lexicon;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Search.Careers;

namespace ExpertGraph.Query.Exports;

/// <summary>
/// Writes the graph as neo4j-admin import CSVs (docs/exports.md): nodes Person, Work, Institution, Concept and
/// relationships AUTHORED, COAUTHOR, AFFILIATED_WITH, HAS_CONCEPT, each file streamed from the store's reads, with the
/// README.txt (the exact neo4j-admin command) and import.cypher (LOAD CSV with constraints) that load them. A
/// relationship to a person no longer in the store (derived tables older than a merge) is left out and counted.
/// </summary>
internal sealed class Neo4jExporter(IExpertStore store, PersonFacts facts, Lexicon? lexicon, int referenceYear)
{
    public static readonly Neo4jFile Persons = new("persons.csv", true, "Person",
        ["personId:ID(Person)", "name", "nameVariants:string[]", "orcid", "country", "institution", "careerStage", "works:int", "papers:int",
         "patents:int", "projects:int", "citations:long", "hIndex:int", "firstYear:int", "lastYear:int", ":LABEL"]);

    public static readonly Neo4jFile Works = new("works.csv", true, "Work",
        ["workId:ID(Work)", "title", "year:int", "kind", "source", "sourceId", "venue", "citations:int", ":LABEL"]);

    public static readonly Neo4jFile Institutions = new("institutions.csv", true, "Institution", ["institutionId:ID(Institution)", "name", "country", ":LABEL"]);

    public static readonly Neo4jFile Concepts = new("concepts.csv", true, "Concept", ["conceptId:ID(Concept)", "labelZh", "labelEn", "level:int", ":LABEL"]);

    public static readonly Neo4jFile Authored = new("authored.csv", false, "AUTHORED", [":START_ID(Person)", ":END_ID(Work)", "position:int", ":TYPE"]);

    public static readonly Neo4jFile Coauthor = new("coauthor.csv", false, "COAUTHOR",
        [":START_ID(Person)", ":END_ID(Person)", "sharedWorks:int", "papers:int", "patents:int", "projects:int", "firstYear:int", "lastYear:int", ":TYPE"]);

    public static readonly Neo4jFile Affiliated = new("affiliated.csv", false, "AFFILIATED_WITH",
        [":START_ID(Person)", ":END_ID(Institution)", "firstYear:int", "lastYear:int", "works:int", ":TYPE"]);

    public static readonly Neo4jFile HasConcept = new("has_concept.csv", false, "HAS_CONCEPT", [":START_ID(Person)", ":END_ID(Concept)", "weight:double", "works:int", ":TYPE"]);

    public static IReadOnlyList<Neo4jFile> Files => [Persons, Works, Institutions, Concepts, Authored, Coauthor, Affiliated, HasConcept];

    /// <summary>Writes every file through <paramref name="create"/> (a file name → a new stream it owns); returns the files with their row counts.</summary>
    public Neo4jExport Write(Func<string, Stream> create, CancellationToken cancellationToken)
    {
        var persons = new HashSet<long>();
        var concepts = new HashSet<string>(StringComparer.Ordinal);
        long skipped = 0;
        var written = new List<Neo4jFile>
        {
            Run(create, Persons, csv =>
            {
                foreach (var person in GraphPerson.ReadAll(store, facts, referenceYear, cancellationToken))
                {
                    persons.Add(person.Id.Value);
                    var c = person.Career;
                    csv.Row(person.Id.ToString(), person.Name, person.NameVariants, person.Orcid, person.CountryCode, person.Institution,
                        c is { } glance ? CareerStages.Name(glance.Stage) : null, c?.Works ?? 0, c is { } g ? g.Works - g.Patents - g.Projects : 0,
                        c?.Patents ?? 0, c?.Projects ?? 0, (long)(c?.Citations ?? 0), c?.HIndex ?? 0, c?.FirstYear, c?.LastYear, "Person");
                }
            }),
            Run(create, Works, csv =>
            {
                foreach (var stored in store.ReadWorks(cancellationToken))
                {
                    var work = stored.Work;
                    csv.Row(stored.Id.ToString(), work.Title, work.Year, KindName(work.Kind), work.Key.Source, work.Key.Id, work.Venue, work.CitationCount,
                        "Work;" + KindLabel(work.Kind));
                }
            }),
            Run(create, Institutions, csv =>
            {
                foreach (var institution in store.ReadInstitutions()) csv.Row(institution.Id.ToString(), institution.Name, institution.CountryCode, "Institution");
            }),
            Run(create, Authored, csv =>
            {
                WorkId? current = null;
                var seen = new HashSet<PersonId>();
                foreach (var fact in store.ReadAuthorshipFacts(cancellationToken))
                {
                    if (fact.Work != current) (current, seen) = (fact.Work, []);
                    // Two mentions of one person on a work (merged) are one authorship, at the first place.
                    if (seen.Add(fact.Person)) csv.Row(fact.Person.ToString(), fact.Work.ToString(), seen.Count, "AUTHORED");
                }
            }),
            Run(create, Coauthor, csv =>
            {
                foreach (var pair in CoauthorPairs.Read(store, cancellationToken))
                {
                    if (!persons.Contains(pair.A.Value) || !persons.Contains(pair.B.Value)) { skipped++; continue; }
                    csv.Row(pair.A.ToString(), pair.B.ToString(), pair.SharedWorks, pair.Papers, pair.Patents, pair.Projects, pair.FirstYear, pair.LastYear, "COAUTHOR");
                }
            }),
            Run(create, Affiliated, csv =>
            {
                foreach (var span in store.ReadAffiliationSpans(cancellationToken))
                {
                    if (!persons.Contains(span.Person.Value)) { skipped++; continue; }
                    csv.Row(span.Person.ToString(), span.Institution.ToString(), span.FirstYear, span.LastYear, span.WorkCount, "AFFILIATED_WITH");
                }
            }),
            Run(create, HasConcept, csv =>
            {
                foreach (var concept in store.ReadPersonConcepts(cancellationToken))
                {
                    if (!persons.Contains(concept.Person.Value)) { skipped++; continue; }
                    concepts.Add(concept.ConceptId);
                    csv.Row(concept.Person.ToString(), concept.ConceptId, Math.Round(concept.Weight, 6), concept.WorkCount, "HAS_CONCEPT");
                }
            }),
            Run(create, Concepts, csv =>
            {
                foreach (var id in concepts.Order(StringComparer.Ordinal))
                {
                    var known = lexicon is not null && lexicon.TryFind(id, out var index) ? lexicon.Concepts[index] : null;
                    csv.Row(id, known?.LabelZh, known?.LabelEn, known?.Level, "Concept");
                }
            }),
        };
        var files = Files.Select(file => written.Single(w => w.Name == file.Name)).ToList();
        using (var readme = new StreamWriter(create(Neo4jScripts.ReadmeFile))) readme.Write(Neo4jScripts.Readme(files));
        using (var cypher = new StreamWriter(create(Neo4jScripts.CypherFile))) cypher.Write(Neo4jScripts.Cypher(files));
        return new Neo4jExport(files, skipped);
    }

    public static string KindName(WorkKind kind) => kind.ToString().ToLowerInvariant();

    private static string KindLabel(WorkKind kind) => kind.ToString();

    private static Neo4jFile Run(Func<string, Stream> create, Neo4jFile file, Action<Neo4jCsvWriter> write)
    {
        using var csv = new Neo4jCsvWriter(create(file.Name), file.Header);
        write(csv);
        return file with { Rows = csv.Rows };
    }
}

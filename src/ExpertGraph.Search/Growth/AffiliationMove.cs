namespace ExpertGraph.Search.Growth;

/// <summary>
/// A person's move: their institution as of the end of <see cref="Year"/> (<see cref="CareerHistory.InstitutionAsOf"/>)
/// differs from the one as of their previous year with a work that named an institution.
/// </summary>
public sealed record AffiliationMove(long Person, int Year, int From, int To, string? FromCountry, string? ToCountry);

/// <summary>Reads every move out of a history's dated affiliations.</summary>
public static class AffiliationMoves
{
    /// <summary>The moves of the persons <paramref name="include"/> lets through (all when null), by person, then year.</summary>
    public static IReadOnlyList<AffiliationMove> Of(CareerHistory history, Func<int, bool>? include = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        var moves = new List<AffiliationMove>();
        for (var row = 0; row < history.PersonCount; row++)
        {
            if (include is not null && !include(row)) continue;
            var previous = -1;
            var lastYear = 0;
            foreach (var (year, institution, _, _) in history.Works(row))
            {
                if (institution < 0 || year == lastYear) continue;
                lastYear = year;
                var now = history.InstitutionAsOf(row, year);
                if (previous >= 0 && now != previous)
                    moves.Add(new AffiliationMove(history.PersonKey(row), year, previous, now, history.InstitutionCountry(previous), history.InstitutionCountry(now)));
                previous = now;
            }
        }

        return moves;
    }
}

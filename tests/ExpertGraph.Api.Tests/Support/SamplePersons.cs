using ExpertGraph.Core.Model;
using ExpertGraph.Query;

namespace ExpertGraph.Api.Tests.Support;

/// <summary>
/// Persons of the samples by their name as the records write it: Stefano Pagiola (World Bank; 7 of the
/// payments-for-environmental-services works), his co-author Juan Pablo Pizarro Ruiz, and Clem Tisdell (University of
/// Queensland), whose profile page gives c.tisdell@example.edu.au.
/// </summary>
internal static class SamplePersons
{
    public static PersonId Find(Workspace workspace, string name) =>
        workspace.FindPersons(name, 20).First(m => string.Equals(m.Person.DisplayName, name, StringComparison.Ordinal)).Person.Id;
}

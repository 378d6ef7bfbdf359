using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Schema;

namespace CrmTiering.Solution.Tests;

/// <summary>
/// Optional XSD check of customizations.xml against Microsoft's CustomizationsSolution.xsd (9.0.0.2090 set),
/// only when CRMTIERING_SOLUTION_SCHEMAS names a folder holding it: the schemas are not ours to commit.
/// </summary>
public sealed class SchemaValidationTests : IClassFixture<PackedSolution>
{
    public const string SchemaFolderVariable = "CRMTIERING_SOLUTION_SCHEMAS";

    private readonly PackedSolution solution;

    public SchemaValidationTests(PackedSolution solution) => this.solution = solution;

    [Fact]
    public void Customizations_validate_against_microsofts_schema_when_one_is_given()
    {
        var folder = Environment.GetEnvironmentVariable(SchemaFolderVariable);
        if (string.IsNullOrEmpty(folder))
        {
            return; // no schema folder on this machine: the own checks above still run
        }

        var schemas = new XmlSchemaSet();
        schemas.Add(null, Path.Combine(folder, "CustomizationsSolution.xsd"));
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
        settings.ValidationEventHandler += (_, e) => errors.Add(e.Message);
        using (var reader = XmlReader.Create(new MemoryStream(solution.Managed.Single(e => e.Key == "customizations.xml").Value), settings))
        {
            while (reader.Read())
            {
            }
        }

        // Real exports write SdkMessageId first, which the public 9.0 XSD orders after Rank; newer
        // elements exports also write (IsHidden on options, CanReadUnmasked, IsAutoAssigned, …) postdate it.
        var unexpected = errors.Where(e => !AllowedNewerThanSchema.Any(e.Contains)).ToList();
        Assert.True(unexpected.Count == 0, string.Join(Environment.NewLine, unexpected));
    }

    private static readonly string[] AllowedNewerThanSchema =
        { "'SdkMessageId'", "'IsHidden'", "'CanReadUnmasked'", "'IsAutoAssigned'", "'RelationshipDescription'" };
}

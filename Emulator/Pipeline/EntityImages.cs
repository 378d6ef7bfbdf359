using System;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Pipeline;

/// <summary>
/// The platform's image availability table and image contents. Create: post-image at
/// PostOperation only; Update and Merge (the Target): pre-image at Pre- and PostOperation,
/// post-image at PostOperation; Delete: pre-image only; other messages (Win, Lose, Custom APIs)
/// and PreValidation: none.
/// </summary>
internal static class EntityImages
{
    public static bool PreAvailable(string message, StepStage stage) =>
        message is StepMessages.Update or StepMessages.Delete or StepMessages.Merge
        && stage is StepStage.PreOperation or StepStage.PostOperation;

    public static bool PostAvailable(string message, StepStage stage) =>
        message is StepMessages.Create or StepMessages.Update or StepMessages.Merge
        && stage == StepStage.PostOperation;

    /// <summary>The row as the image shows it: the registered columns that have a value (all columns when none are registered).</summary>
    public static Entity Project(Entity row, StepImage image)
    {
        var projected = new Entity(row.LogicalName, row.Id);
        var columns = image.Columns.Count == 0 ? row.Attributes.Select(a => a.Key).ToList() : image.Columns.ToList();
        foreach (var column in columns)
        {
            if (row.Attributes.TryGetValue(column, out var value) && value is not null)
            {
                projected[column] = value;
            }
        }

        return projected;
    }

    public static Guid IdOf(Entity target, string primaryIdColumn) =>
        target.Id != Guid.Empty ? target.Id
        : target.Attributes.TryGetValue(primaryIdColumn, out var value) && value is Guid id ? id
        : Guid.Empty;
}

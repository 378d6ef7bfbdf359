using System;
using System.Collections.Generic;

namespace CrmTiering.Plugins.Registration;

/// <summary>An entity image a step asks for, with only the columns it needs.</summary>
public sealed class ImageRegistration
{
    public ImageRegistration(Guid id, string name, ImageKind kind, string messagePropertyName, params string[] columns)
    {
        Id = id;
        Name = name;
        Kind = kind;
        MessagePropertyName = messagePropertyName;
        Columns = columns;
    }

    /// <summary>Pinned id, so a re-import updates the image instead of adding one.</summary>
    public Guid Id { get; }

    /// <summary>Key in <c>PreEntityImages</c>/<c>PostEntityImages</c> (the entity alias).</summary>
    public string Name { get; }

    public ImageKind Kind { get; }

    /// <summary>"Target" for Update and Delete, "id" for a Create post-image (see <see cref="StepImageNames"/>).</summary>
    public string MessagePropertyName { get; }

    public IReadOnlyList<string> Columns { get; }
}

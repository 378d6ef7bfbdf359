using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace System.Activities;

/// <summary>One argument property of an activity, found by reflection as the real runtime does.</summary>
internal sealed class ActivityArgument
{
    private ActivityArgument(string name, Argument argument, bool required)
    {
        Name = name;
        Argument = argument;
        Required = required;
    }

    internal string Name { get; }

    internal Argument Argument { get; }

    internal bool Required { get; }

    internal bool TakesInput => Argument.Direction != ArgumentDirection.Out;

    internal bool GivesOutput => Argument.Direction != ArgumentDirection.In;

    /// <summary>
    /// Public argument properties, most-derived first when a property hides another (Result). A
    /// null property gets an empty argument, as the runtime fills unset arguments.
    /// </summary>
    internal static IReadOnlyList<ActivityArgument> Of(Activity activity)
    {
        var found = new List<ActivityArgument>();
        var properties = activity.GetType()
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => typeof(Argument).IsAssignableFrom(p.PropertyType) && p.GetIndexParameters().Length == 0)
            .OrderByDescending(p => Depth(p.DeclaringType));
        foreach (var property in properties)
        {
            if (found.Any(a => a.Name == property.Name) || property.PropertyType.IsAbstract)
            {
                continue;
            }

            var argument = (Argument)property.GetValue(activity);
            if (argument == null)
            {
                argument = Argument.CreateEmpty(property.PropertyType);
                if (property.CanWrite)
                {
                    property.SetValue(activity, argument);
                }
            }

            found.Add(new ActivityArgument(property.Name, argument, property.IsDefined(typeof(RequiredArgumentAttribute), true)));
        }

        return found;
    }

    private static int Depth(Type type)
    {
        var depth = 0;
        for (var current = type; current != null; current = current.BaseType)
        {
            depth++;
        }

        return depth;
    }
}

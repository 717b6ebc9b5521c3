/* lt-record-fields.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * What the record dialog shows for each record kind: its fields in order,
 * how each is edited, the dialog's title, and the labels of choices.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lt-record-fields.h"

/* What is shown for each record kind, in order.  Labels are marked for
 * translation here and translated when the rows are made. */
static const Field child_fields[] = {
  { "name", FIELD_TEXT, N_ ("Full Name") },
  { "preferred-name", FIELD_TEXT, N_ ("Goes By"), N_ ("The name the child wants to be called") },
  { "birth-date", FIELD_DATE, N_ ("Birth Date") },
  { "pronoun", FIELD_CHOICE, N_ ("Pronoun") },
  { "notes", FIELD_LONG_TEXT, N_ ("Notes") },
  { NULL }
};

static const Field placement_fields[] = {
  { "place", FIELD_TEXT, N_ ("Where"), N_ ("A family, a home or a town, as the child says it") },
  { "kind", FIELD_CHOICE, N_ ("Kind of Home") },
  { "start-date", FIELD_DATE, N_ ("Moved In") },
  { "end-date", FIELD_DATE, N_ ("Moved Out"), N_ ("Leave empty if the child still lives there") },
  { "move-reason", FIELD_LONG_TEXT, N_ ("Why the Move Happened, in the Child’s Own Words"),
    N_ ("Only if the child wants it written down") },
  { "notes", FIELD_LONG_TEXT, N_ ("Notes") },
  { NULL }
};

static const Field school_period_fields[] = {
  { "institution", FIELD_TEXT, N_ ("Day Care, School or Education") },
  { "kind", FIELD_CHOICE, N_ ("Kind") },
  { "class-name", FIELD_TEXT, N_ ("Class or Group") },
  { "start-date", FIELD_DATE, N_ ("Started") },
  { "end-date", FIELD_DATE, N_ ("Ended"), N_ ("Leave empty if the child still goes there") },
  { "notes", FIELD_LONG_TEXT, N_ ("Notes") },
  { NULL }
};

static const Field person_fields[] = {
  { "name", FIELD_TEXT, N_ ("Name") },
  { "role", FIELD_CHOICE, N_ ("Who They Are to the Child") },
  { "circle", FIELD_CHOICE, N_ ("Circle") },
  { "closeness", FIELD_CLOSENESS, N_ ("Closeness") },
  { "gender", FIELD_CHOICE, N_ ("Gender") },
  { "birth-year", FIELD_YEAR, N_ ("Year of Birth") },
  { "death-year", FIELD_YEAR, N_ ("Year of Death") },
  { "deceased", FIELD_SWITCH, N_ ("Has Died"), N_ ("Also when the year is not known") },
  { "lives-with-child", FIELD_SWITCH, N_ ("Lives With the Child Now"),
    N_ ("Drawn inside the household line of the family tree") },
  { "on-network-map", FIELD_SWITCH, N_ ("On the Network Map") },
  { "unknown", FIELD_SWITCH, N_ ("Not Known"),
    N_ ("A placeholder for someone whose identity is not known, such as an unknown father") },
  { "matters-most", FIELD_SWITCH, N_ ("Matters Most to the Child"),
    N_ ("Starred on the network map; said when not seen or heard from for a while") },
  { "contact-wish", FIELD_CHOICE, N_ ("The Child’s Wish"),
    N_ ("Marked on the network map: someone to keep in touch with, or to see again") },
  { "phone", FIELD_TEXT, N_ ("Phone") },
  { "email", FIELD_TEXT, N_ ("Email") },
  { "address", FIELD_TEXT, N_ ("Address") },
  { "notes", FIELD_LONG_TEXT, N_ ("Notes") },
  { NULL }
};

static const Field relation_fields[] = {
  { "from-person-id", FIELD_PERSON, N_ ("Who") },
  { "kind", FIELD_CHOICE, N_ ("Is") },
  { "to-person-id", FIELD_PERSON, N_ ("To Whom") },
  { "emotion", FIELD_CHOICE, N_ ("How It Feels"),
    N_ ("Drawn as a coloured line in the family tree") },
  { "notes", FIELD_LONG_TEXT, N_ ("Notes") },
  { NULL }
};

static const Field event_fields[] = {
  { "title", FIELD_TEXT, N_ ("Title"), N_ ("What the child sees, for example “Samvær med mor”") },
  { "kind", FIELD_CHOICE, N_ ("Kind") },
  { "starts-at", FIELD_TIME, N_ ("Starts"), N_ ("Day and time, for example 28.11.2026 10:00") },
  { "ends-at", FIELD_TIME, N_ ("Ends"), N_ ("Day and time, for example 28.11.2026 14:00") },
  { "rrule", FIELD_REPEAT, N_ ("Repeats") },
  { "place", FIELD_TEXT, N_ ("Place") },
  { "accompanied-by", FIELD_TEXT, N_ ("Goes Along"), N_ ("Who is with the child") },
  { "driver", FIELD_TEXT, N_ ("Drives") },
  { "outcome", FIELD_CHOICE, N_ ("How It Went") },
  { "mood-before", FIELD_MOOD, N_ ("How the Child Was Before") },
  { "mood-after", FIELD_MOOD, N_ ("How the Child Was After") },
  { "preparation", FIELD_LONG_TEXT, N_ ("Preparing the Child"),
    N_ ("What the child knows beforehand, and what helps") },
  { "notes-after", FIELD_LONG_TEXT, N_ ("Notes Afterwards") },
  { "observations", FIELD_LONG_TEXT, N_ ("Observations"),
    N_ ("The supervisor’s or your own; the parents see them only if you share them") },
  { "observations-shared", FIELD_SWITCH, N_ ("Shared With the Parents") },
  { NULL }
};

static const Field chapter_fields[] = {
  { "title", FIELD_TEXT, N_ ("Title") },
  { NULL }
};

static const Field story_entry_fields[] = {
  { "title", FIELD_TEXT, N_ ("Title") },
  { "date-text", FIELD_TEXT, N_ ("When"),
    N_ ("As the child remembers it: “summer 2019”, “3.5.2016” or “when I was 4”") },
  { "author", FIELD_CHOICE, N_ ("Written By") },
  { "audience", FIELD_AUDIENCE, N_ ("Who May See It") },
  { "child-veto", FIELD_SWITCH, N_ ("The Child Said No"),
    N_ ("Kept out of every book and export, and shown to the adults here") },
  { "open-on", FIELD_DATE, N_ ("Letter for Later: Give It On"),
    N_ ("Leave empty for an ordinary page. A letter is kept out of everything until this day") },
  { "body", FIELD_LONG_TEXT, N_ ("The Story") },
  { NULL }
};

static const Field log_note_fields[] = {
  { "text", FIELD_LONG_TEXT, N_ ("Note"), N_ ("Words with # become tags: #school, #sleep") },
  { "day", FIELD_DATE, N_ ("Day") },
  { "time", FIELD_TEXT, N_ ("Time"), N_ ("Like 14:30; leave empty for the whole day") },
  { "writer", FIELD_TEXT, N_ ("Written By") },
  { "child-line", FIELD_SWITCH, N_ ("The Child’s Own Line"), N_ ("Written in the child’s own words") },
  { "audience", FIELD_AUDIENCE, N_ ("Who May See It"),
    N_ ("Nobody ticked: only the adults here. A note is never in the book or the handover") },
  { NULL }
};

static const Field checklist_item_fields[] = {
  { "title", FIELD_TEXT, N_ ("What to Remember") },
  { "weekdays", FIELD_WEEKDAYS, N_ ("On These Days") },
  { "notes", FIELD_LONG_TEXT, N_ ("Notes") },
  { NULL }
};

static const Field start_step_fields[] = {
  { "title", FIELD_TEXT, N_ ("Step") },
  { "done-on", FIELD_DATE, N_ ("Done On"), N_ ("Leave empty while it is still to be done") },
  { "notes", FIELD_LONG_TEXT, N_ ("Notes") },
  { NULL }
};

static const Field absence_fields[] = {
  { "day", FIELD_DATE, N_ ("Day") },
  { "extent", FIELD_CHOICE, N_ ("How Long") },
  { "reason", FIELD_CHOICE, N_ ("Why") },
  { "notes", FIELD_LONG_TEXT, N_ ("Notes"), N_ ("What happened, and what helped") },
  { NULL }
};

static const Field move_fields[] = {
  { "to-place", FIELD_TEXT, N_ ("Moving To"), N_ ("The new home, as the child will know it") },
  { "move-on", FIELD_DATE, N_ ("Moving Day") },
  { "new-kind", FIELD_CHOICE, N_ ("Kind of Home") },
  { "reason", FIELD_LONG_TEXT, N_ ("Why, in the Child’s Own Words") },
  { "routines", FIELD_LONG_TEXT, N_ ("My Day and My Routines") },
  { "likes", FIELD_LONG_TEXT, N_ ("What I Like") },
  { "comforts", FIELD_LONG_TEXT, N_ ("What Comforts Me") },
  { "fears", FIELD_LONG_TEXT, N_ ("What I Am Afraid Of") },
  { "food", FIELD_LONG_TEXT, N_ ("Food") },
  { "bedtime", FIELD_LONG_TEXT, N_ ("Bedtime") },
  { NULL }
};

static const Field move_task_fields[] = {
  { "title", FIELD_TEXT, N_ ("Task") },
  { "area", FIELD_CHOICE, N_ ("Part of the Move") },
  { "who", FIELD_TEXT, N_ ("Who Does It") },
  { "due-on", FIELD_DATE, N_ ("Do It By"), N_ ("Leave empty if there is no day") },
  { "done-on", FIELD_DATE, N_ ("Done On"), N_ ("Leave empty while it is still to be done") },
  { NULL }
};

static const Field goal_fields[] = {
  { "title", FIELD_TEXT, N_ ("Goal"), N_ ("As the plan says it, in the child’s words if you can") },
  { "plan", FIELD_CHOICE, N_ ("From") },
  { "area", FIELD_CHOICE, N_ ("Area") },
  { "indicator", FIELD_TEXT, N_ ("How Progress Shows"),
    N_ ("Something you can count, for example “whole school days per week”") },
  { "unit", FIELD_TEXT, N_ ("Unit"), N_ ("For example “days” or “hours”") },
  { "target", FIELD_OPTIONAL_NUMBER, N_ ("Target"), N_ ("The number you aim for; leave empty if there is none") },
  { "lower-is-better", FIELD_SWITCH, N_ ("Lower Is Better"), N_ ("For example days of absence") },
  { "notes", FIELD_LONG_TEXT, N_ ("Notes") },
  { NULL }
};

static const Field goal_reading_fields[] = {
  { "day", FIELD_DATE, N_ ("Day") },
  { "value", FIELD_NUMBER, N_ ("Value") },
  { "notes", FIELD_LONG_TEXT, N_ ("Notes") },
  { NULL }
};

static const Field agreement_fields[] = {
  { "title", FIELD_TEXT, N_ ("What Exactly"), N_ ("For example “Haircut at the hairdresser”") },
  { "topic", FIELD_CHOICE, N_ ("Topic") },
  { "decides", FIELD_CHOICE, N_ ("Who Decides") },
  { "involves-parents", FIELD_SWITCH, N_ ("The Parents Take Part"),
    N_ ("They are asked before it is decided") },
  { "involves-child", FIELD_SWITCH, N_ ("The Child Takes Part"),
    N_ ("The child’s view is heard before it is decided") },
  { "informs-parents", FIELD_SWITCH, N_ ("The Parents Are Told") },
  { "informs-municipality", FIELD_SWITCH, N_ ("The Municipality Is Told") },
  { "agreed-on", FIELD_DATE, N_ ("Agreed On") },
  { "review-on", FIELD_DATE, N_ ("Look at It Again"), N_ ("Leave empty if there is no day for it") },
  { "notes", FIELD_LONG_TEXT, N_ ("Notes"), N_ ("What was agreed, in words everyone knows") },
  { NULL }
};

const Field *
lt_record_fields_for (LtRecord *record)
{
  GType kind = G_OBJECT_TYPE (record);

  if (kind == LT_TYPE_CHECKLIST_ITEM)
    return lt_checklist_item_get_list (LT_CHECKLIST_ITEM (record)) == LT_CHECKLIST_LIST_START
               ? start_step_fields
               : checklist_item_fields;
  if (kind == LT_TYPE_ABSENCE)
    return absence_fields;
  if (kind == LT_TYPE_GOAL)
    return goal_fields;
  if (kind == LT_TYPE_GOAL_READING)
    return goal_reading_fields;
  if (kind == LT_TYPE_AGREEMENT)
    return agreement_fields;
  if (kind == LT_TYPE_CHILD)
    return child_fields;
  if (kind == LT_TYPE_PLACEMENT)
    return placement_fields;
  if (kind == LT_TYPE_SCHOOL_PERIOD)
    return school_period_fields;
  if (kind == LT_TYPE_PERSON)
    return person_fields;
  if (kind == LT_TYPE_RELATION)
    return relation_fields;
  if (kind == LT_TYPE_EVENT)
    return event_fields;
  if (kind == LT_TYPE_CHAPTER)
    return chapter_fields;
  if (kind == LT_TYPE_STORY_ENTRY)
    return story_entry_fields;
  if (kind == LT_TYPE_LOG_NOTE)
    return log_note_fields;
  if (kind == LT_TYPE_MOVE)
    return move_fields;
  if (kind == LT_TYPE_MOVE_TASK)
    return move_task_fields;
  g_return_val_if_reached (NULL);
}

const char *
lt_record_fields_title (GType    kind,
                        gboolean is_new)
{
  if (kind == LT_TYPE_CHILD)
    return is_new ? _ ("Add Child") : _ ("Edit Child");
  if (kind == LT_TYPE_PLACEMENT)
    return is_new ? _ ("Add Home") : _ ("Edit Home");
  if (kind == LT_TYPE_SCHOOL_PERIOD)
    return is_new ? _ ("Add Day Care or School") : _ ("Edit Day Care or School");
  if (kind == LT_TYPE_PERSON)
    return is_new ? _ ("Add Person") : _ ("Edit Person");
  if (kind == LT_TYPE_RELATION)
    return is_new ? _ ("Add Relation") : _ ("Edit Relation");
  if (kind == LT_TYPE_EVENT)
    return is_new ? _ ("Add Event") : _ ("Edit Event");
  if (kind == LT_TYPE_CHAPTER)
    return is_new ? _ ("Add Chapter") : _ ("Rename Chapter");
  if (kind == LT_TYPE_STORY_ENTRY)
    return is_new ? _ ("Add Page") : _ ("Edit Page");
  if (kind == LT_TYPE_LOG_NOTE)
    return is_new ? _ ("Add Note") : _ ("Edit Note");
  if (kind == LT_TYPE_CHECKLIST_ITEM)
    return is_new ? _ ("Add to the List") : _ ("Edit the List");
  if (kind == LT_TYPE_ABSENCE)
    return is_new ? _ ("Add Absence") : _ ("Edit Absence");
  if (kind == LT_TYPE_GOAL)
    return is_new ? _ ("Add Goal") : _ ("Edit Goal");
  if (kind == LT_TYPE_GOAL_READING)
    return is_new ? _ ("Add Reading") : _ ("Edit Reading");
  if (kind == LT_TYPE_AGREEMENT)
    return is_new ? _ ("Add Agreement") : _ ("Edit Agreement");
  if (kind == LT_TYPE_MOVE)
    return is_new ? _ ("Plan a Move") : _ ("Edit the Move");
  if (kind == LT_TYPE_MOVE_TASK)
    return is_new ? _ ("Add Task") : _ ("Edit Task");
  g_return_val_if_reached ("");
}

const char *
lt_record_fields_enum_label (GType type,
                             int   value)
{
  if (type == LT_TYPE_PRONOUN)
    return lt_pronoun_to_label (value);
  if (type == LT_TYPE_PLACEMENT_KIND)
    return lt_placement_kind_to_label (value);
  if (type == LT_TYPE_SCHOOL_KIND)
    return lt_school_kind_to_label (value);
  if (type == LT_TYPE_PERSON_ROLE)
    return lt_person_role_to_label (value);
  if (type == LT_TYPE_CIRCLE)
    return lt_circle_to_label (value);
  if (type == LT_TYPE_GENDER)
    return lt_gender_to_label (value);
  if (type == LT_TYPE_AUTHOR)
    return lt_author_to_label (value);
  if (type == LT_TYPE_CONTACT_WISH)
    return lt_contact_wish_to_label (value);
  if (type == LT_TYPE_RELATION_KIND)
    return lt_relation_kind_to_label (value);
  if (type == LT_TYPE_EMOTION)
    return lt_emotion_to_label (value);
  if (type == LT_TYPE_EVENT_KIND)
    return lt_event_kind_to_label (value);
  if (type == LT_TYPE_OUTCOME)
    return lt_outcome_to_label (value);
  if (type == LT_TYPE_ABSENCE_EXTENT)
    return lt_absence_extent_to_label (value);
  if (type == LT_TYPE_ABSENCE_REASON)
    return lt_absence_reason_to_label (value);
  if (type == LT_TYPE_GOAL_PLAN)
    return lt_goal_plan_to_label (value);
  if (type == LT_TYPE_GOAL_AREA)
    return lt_goal_area_to_label (value);
  if (type == LT_TYPE_AGREEMENT_TOPIC)
    return lt_agreement_topic_to_label (value);
  if (type == LT_TYPE_DECIDER)
    return lt_decider_to_label (value);
  if (type == LT_TYPE_MOVE_AREA)
    return lt_move_area_to_label (value);
  g_return_val_if_reached ("");
}

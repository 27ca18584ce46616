// One date format wherever a person reads a date: the export dialog, the
// search filters and results, the day label, in the UI language's format.
#include "ui/DateText.h"
#include "ui/DayNavigator.h"
#include "ui/ExportDialog.h"
#include "ui/SearchFilters.h"

#include <QDateEdit>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QStyleOptionSpinBox>

#include <gtest/gtest.h>

namespace {

class DateTextTest : public ::testing::TestWithParam<const char *>
{
protected:
    void SetUp() override { QLocale::setDefault(QLocale(QString::fromLatin1(GetParam()))); }
    void TearDown() override { QLocale::setDefault(m_saved); }

    QLocale m_saved;
};

Digest noDigest(const QString &)
{
    return {};
}

// The room the box gives its text: the edit field beside the buttons (a box
// with a calendar popup is drawn as a combo box, with its arrow).
int editFieldWidth(QDateEdit *edit)
{
    if (edit->calendarPopup()) {
        QStyleOptionComboBox option;
        option.initFrom(edit);
        option.rect = QRect(QPoint(0, 0), edit->size());
        option.editable = true;
        option.frame = edit->hasFrame();
        option.subControls = QStyle::SC_ComboBoxFrame | QStyle::SC_ComboBoxEditField | QStyle::SC_ComboBoxArrow;
        return edit->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, edit).width();
    }
    QStyleOptionSpinBox option;
    option.initFrom(edit);
    option.rect = QRect(QPoint(0, 0), edit->size());
    option.buttonSymbols = edit->buttonSymbols();
    option.subControls =
        QStyle::SC_SpinBoxFrame | QStyle::SC_SpinBoxEditField | QStyle::SC_SpinBoxUp | QStyle::SC_SpinBoxDown;
    option.frame = edit->hasFrame();
    return edit->style()->subControlRect(QStyle::CC_SpinBox, &option, QStyle::SC_SpinBoxEditField, edit).width();
}

} // namespace

TEST_P(DateTextTest, TheExportDialogAndTheSearchFiltersShowOneDateAlike)
{
    const QDate date(2026, 11, 21);
    ui::ExportDialog dialog(noDigest, QStringLiteral("2026-11-21"), {QStringLiteral("2026-11-21")});
    ui::SearchFilters filters;
    filters.setToday(date);
    auto *exportFrom = dialog.findChild<QDateEdit *>(QStringLiteral("exportFrom"));
    auto *searchTo = filters.findChild<QDateEdit *>(QStringLiteral("searchTo"));
    ASSERT_TRUE(exportFrom && searchTo);
    searchTo->setDate(date);

    const QString expected = ui::DateText::shortDate(date);
    EXPECT_EQ(exportFrom->text(), expected);
    EXPECT_EQ(searchTo->text(), expected);
    EXPECT_TRUE(dialog.findChild<QRadioButton *>(QStringLiteral("exportOneDay"))->text().contains(expected));
    EXPECT_EQ(ui::DateText::shortDay(QStringLiteral("2026-11-21")), expected);
    // The locale's own order and a four-digit year, never the ISO form.
    EXPECT_TRUE(expected.contains(QStringLiteral("2026"))) << expected.toStdString();
    EXPECT_NE(expected, QStringLiteral("2026-11-21"));
    EXPECT_EQ(QDate::fromString(exportFrom->text(), ui::DateText::shortFormat()), date);
}

TEST_P(DateTextTest, TheDayLabelUsesTheSameDate)
{
    ui::DayNavigator navigator;
    navigator.setCurrentDay(QStringLiteral("2026-11-21"));
    const QList<QLabel *> labels = navigator.findChildren<QLabel *>();
    bool found = false;
    for (const QLabel *label : labels)
        found = found || label->text().startsWith(ui::DateText::shortDate(QDate(2026, 11, 21)));
    EXPECT_TRUE(found);
}

TEST_P(DateTextTest, TheExportDateBoxesFitTheirWidestDate)
{
    ui::ExportDialog dialog(noDigest, QStringLiteral("2026-11-21"), {QStringLiteral("2026-11-21")});
    dialog.show();
    dialog.adjustSize();
    for (const char *name : {"exportFrom", "exportTo"}) {
        auto *edit = dialog.findChild<QDateEdit *>(QLatin1String(name));
        ASSERT_TRUE(edit);
        for (const QDate &d : {QDate(2028, 12, 28), QDate(2026, 9, 30), QDate(2026, 5, 22)}) {
            edit->setDate(d);
            const int text = edit->fontMetrics().horizontalAdvance(edit->text());
            EXPECT_GE(editFieldWidth(edit), text)
                << name << " " << edit->text().toStdString() << " in " << edit->width();
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Locales, DateTextTest, ::testing::Values("en_US", "ko_KR"));

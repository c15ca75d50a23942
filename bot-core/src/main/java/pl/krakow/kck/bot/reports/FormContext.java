package pl.krakow.kck.bot.reports;

/** What the form's steps work with. */
record FormContext(CategoryCatalogue catalogue, CategoryMatcher matcher, ReportRepository reports, PhotoRepository photos,
                   int maxPhotoBytes) {

    /** The draft's category; the form asks for it first, so the later steps can count on it. */
    ServiceCategory category(ReportDraft draft) {
        return catalogue.find(draft.category()).orElseThrow();
    }
}

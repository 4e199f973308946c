/// Country calendars: public holidays, weekends and observances (see issue 5).

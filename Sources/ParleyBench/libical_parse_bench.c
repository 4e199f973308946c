/* The libical side of `parley-bench expand` case (d): parse an iCalendar file with libical
 * (icalparser_parse_string, as libical-based clients read a file) and count its VEVENTs.
 * Prints `SECONDS EVENTS`, the fastest of RUNS parses, timed in process (reading the file
 * and starting the process are not counted).
 *
 * Built by build_libical_bench.sh beside it: cc -O2 libical_parse_bench.c $(pkg-config --cflags --libs libical)
 * Usage: libical_parse_bench FILE [RUNS]
 */
#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void) {
    struct timespec spec;
    clock_gettime(CLOCK_MONOTONIC, &spec);
    return (double)spec.tv_sec + (double)spec.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: %s FILE [RUNS]\n", argv[0]);
        return 2;
    }
    int runs = argc > 2 ? atoi(argv[2]) : 5;
    FILE *file = fopen(argv[1], "rb");
    if (!file) {
        perror(argv[1]);
        return 2;
    }
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    char *text = malloc((size_t)size + 1);
    if (!text || fread(text, 1, (size_t)size, file) != (size_t)size) {
        fprintf(stderr, "%s: cannot read\n", argv[1]);
        return 2;
    }
    text[size] = 0;
    fclose(file);
    double best = 1e30;
    int events = 0;
    for (int run = 0; run < runs; run++) {
        double began = now();
        icalcomponent *calendar = icalparser_parse_string(text);
        if (!calendar) {
            fprintf(stderr, "%s: libical could not parse it\n", argv[1]);
            return 1;
        }
        events = 0;
        for (icalcomponent *event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); event;
             event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
            events++;
        }
        icalcomponent_free(calendar);
        double elapsed = now() - began;
        if (elapsed < best) best = elapsed;
    }
    printf("%.6f %d\n", best, events);
    free(text);
    return 0;
}
